// Title: Shortest paths between two techniques
// What it answers: How are two ideas connected in the literature? Lists the
//   shortest chains of papers, methods and taxonomy links between them
//   (e.g. LoRA -> paper -> model merging), and draws them in the graph view.
// Inputs: $a, $b = technique (or any entity) names, keys, long forms or
//   aliases, matched case-insensitively ('LoRA', 'lora', 'Low-Rank Adaptation').
// Notes: CO_OCCURS is left out on purpose (it would connect almost anything in
//   1-2 hops without telling why); add |CO_OCCURS to the type list to allow it.
//   The 8-hop bound must be a literal in Cypher 5.
:param a => 'LoRA';
:param b => 'knowledge distillation';

MATCH (x:Entity)
WHERE x.key = toLower(trim($a))
   OR toLower(x.name) = toLower(trim($a))
   OR toLower(coalesce(x.long_form, '')) = toLower(trim($a))
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower(trim($a)))
MATCH (y:Entity)
WHERE y.key = toLower(trim($b))
   OR toLower(y.name) = toLower(trim($b))
   OR toLower(coalesce(y.long_form, '')) = toLower(trim($b))
   OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower(trim($b)))
WITH x, y
WHERE x <> y
MATCH path = allShortestPaths(
  (x)-[:USES|PROPOSES|EVALUATES_ON|ADDRESSES|APPLIES|EVALUATED_ON|PART_OF|IS_A|COMPARED_WITH|EXTENDS*..8]-(y))
RETURN path,
       length(path) AS hops,
       [n IN nodes(path) | coalesce(n.name, n.title)] AS route,
       [r IN relationships(path) | type(r)] AS via
ORDER BY hops
LIMIT 25;
