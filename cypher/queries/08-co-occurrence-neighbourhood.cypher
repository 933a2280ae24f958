// Title: Co-occurrence neighbourhood of an entity
// What it answers: What is the local map around an entity? Draws the entity,
//   its strongest co-occurring neighbours (any kind: method, dataset, task,
//   technique) and the co-occurrence links among those neighbours. Best viewed
//   in the graph view with cypher/papergraph.grass loaded.
// Inputs: $entity = name, key, long form or alias (case-insensitive);
//   $minPapers = minimum papers in common for a link; $neighbours = how many
//   neighbours to keep.
:param entity => 'LoRA';
:param minPapers => 2;
:param neighbours => 15;

MATCH (e:Entity)
WHERE e.key = toLower(trim($entity))
   OR toLower(e.name) = toLower(trim($entity))
   OR toLower(coalesce(e.long_form, '')) = toLower(trim($entity))
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower(trim($entity)))
MATCH (e)-[c:CO_OCCURS]-(n:Entity)
WHERE c.weight >= $minPapers
WITH e, c, n
ORDER BY c.weight DESC, c.pmi DESC
LIMIT $neighbours
WITH collect(DISTINCT e) AS centre, collect(n) AS ns, collect(c) AS spokes
OPTIONAL MATCH (a:Entity)-[link:CO_OCCURS]->(b:Entity)
WHERE a IN ns AND b IN ns AND link.weight >= $minPapers
RETURN centre, ns AS neighbours, spokes, collect(link) AS links_between_neighbours;
