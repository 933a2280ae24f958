// Title: Graph overview
// What it answers: What is in the database? Node counts per label and
//   relationship counts per type, with a few examples of each, to check a
//   load (compare with the counts `papergraph export` / `push` print).
// Inputs: $examples = how many example names to show per label or type.
:param examples => 3;

MATCH (n)
UNWIND labels(n) AS label
WITH label, count(*) AS count, collect(coalesce(n.name, n.title, n.key))[0..$examples] AS examples
RETURN 'node' AS element, label AS name, count, examples
UNION ALL
MATCH (a)-[r]->(b)
WITH type(r) AS name, count(*) AS count,
     collect(coalesce(a.name, a.title, a.key) + ' -> ' + coalesce(b.name, b.title, b.key))[0..$examples] AS examples
RETURN 'relationship' AS element, name, count, examples;
