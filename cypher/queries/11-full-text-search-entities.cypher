// Title: Full-text search over entity names
// What it answers: Which methods, datasets, tasks and techniques match a
//   search phrase in their name, aliases or long form? Uses the entity_names
//   full-text index from cypher/schema.cypher (run the schema first).
// Inputs: $q = a Lucene query string: words ('low rank adaptation'),
//   a phrase ('"low rank"'), a prefix ('distil*'), fuzzy ('mixpu~'), or
//   field-restricted ('aliases:lora'); $limit = rows.
// Notes: the index is case-insensitive. Special Lucene characters
//   (+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /) must be escaped with \ when
//   meant literally, e.g. 'CIFAR\\-10' or simply 'CIFAR 10'.
:param q => 'low rank adaptation';
:param limit => 25;

CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $limit})
YIELD node, score
RETURN [label IN labels(node) WHERE label <> 'Entity'][0] AS kind,
       node.name AS name,
       node.key AS key,
       node.aliases AS aliases,
       node.long_form AS long_form,
       node.paper_count AS papers,
       round(score, 3) AS score
ORDER BY score DESC;
