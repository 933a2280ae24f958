// Title: Evidence for a relationship
// What it answers: Why does the graph say that A and B are related? For every
//   relationship between the two entities (APPLIES, EVALUATED_ON, PART_OF,
//   COMPARED_WITH, EXTENDS, CO_OCCURS, ...) it lists the papers behind it
//   (the `papers` property) and, per paper, the sentence in which the paper
//   first mentions each entity.
// Inputs: $a, $b = names, keys, long forms or aliases (case-insensitive);
//   $perRelationship = maximum papers shown per relationship.
// Notes: IS_A comes from the lexicon, not from papers, so it has no evidence
//   rows. For the evidence of a single paper -> entity mention, see
//   14-mentions-of-an-entity.cypher.
:param a => 'LoRA';
:param b => 'GLUE';
:param perRelationship => 10;

MATCH (x:Entity)
WHERE x.key = toLower(trim($a))
   OR toLower(x.name) = toLower(trim($a))
   OR toLower(coalesce(x.long_form, '')) = toLower(trim($a))
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower(trim($a)))
MATCH (x)-[r]-(y:Entity)
WHERE y.key = toLower(trim($b))
   OR toLower(y.name) = toLower(trim($b))
   OR toLower(coalesce(y.long_form, '')) = toLower(trim($b))
   OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower(trim($b)))
UNWIND coalesce(r.papers, [])[0..$perRelationship] AS paperKey
MATCH (p:Paper {key: paperKey})
OPTIONAL MATCH (p)-[mx]->(x)
OPTIONAL MATCH (p)-[my]->(y)
RETURN type(r) AS relationship,
       startNode(r).name AS from,
       endNode(r).name AS to,
       p.key AS paper,
       p.title AS title,
       collect(DISTINCT mx.evidence) AS evidence_for_a,
       collect(DISTINCT my.evidence) AS evidence_for_b
ORDER BY relationship, paper;
