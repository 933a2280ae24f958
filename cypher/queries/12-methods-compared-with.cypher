// Title: Methods compared with a given method
// What it answers: Which methods does a method claim to outperform, and which
//   methods claim to outperform it? COMPARED_WITH points from the method a
//   paper says is better to the one it beats ("X outperforms Y"); `papers`
//   lists the papers that make the claim.
// Inputs: $method = name, key, long form or alias (case-insensitive).
:param method => 'LoRA';

MATCH (m:Method)
WHERE m.key = toLower(trim($method))
   OR toLower(m.name) = toLower(trim($method))
   OR toLower(coalesce(m.long_form, '')) = toLower(trim($method))
   OR any(alias IN coalesce(m.aliases, []) WHERE toLower(alias) = toLower(trim($method)))
MATCH (m)-[r:COMPARED_WITH]-(other:Method)
RETURN CASE WHEN startNode(r) = m THEN 'claims to outperform' ELSE 'is claimed to be outperformed by' END AS relation,
       other.name AS other_method,
       size(coalesce(r.papers, [])) AS papers,
       coalesce(r.papers, [])[0..5] AS example_papers
ORDER BY relation, papers DESC, other_method;
