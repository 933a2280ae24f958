// Title: Techniques used together with LoRA
// What it answers: Which techniques appear in the same papers as a given
//   technique, strongest association first? Ranked by the number of papers in
//   common (weight), then by pointwise mutual information (pmi), which favours
//   pairs that co-occur more often than their frequencies predict.
// Inputs: $technique = name, key, long form or alias (case-insensitive);
//   $minPapers = minimum papers in common; $limit = rows.
:param technique => 'LoRA';
:param minPapers => 2;
:param limit => 25;

MATCH (t:Entity)
WHERE t.key = toLower(trim($technique))
   OR toLower(t.name) = toLower(trim($technique))
   OR toLower(coalesce(t.long_form, '')) = toLower(trim($technique))
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower(trim($technique)))
MATCH (t)-[c:CO_OCCURS]-(other:Technique)
WHERE c.weight >= $minPapers
RETURN other.name AS technique,
       c.weight AS papers_in_common,
       round(c.pmi, 3) AS pmi,
       round(c.jaccard, 3) AS jaccard,
       other.paper_count AS technique_papers,
       c.papers[0..5] AS example_papers
ORDER BY papers_in_common DESC, pmi DESC, technique
LIMIT $limit;
