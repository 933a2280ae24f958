// Title: Mentions of an entity, with evidence sentences
// What it answers: Which papers mention an entity, in what role (PROPOSES,
//   USES, EVALUATES_ON, ADDRESSES), where (title or abstract) and in which
//   sentence? The evidence of each paper -> entity relationship.
// Inputs: $entity = name, key, long form or alias (case-insensitive);
//   $limit = rows.
:param entity => 'mixup';
:param limit => 50;

MATCH (e:Entity)
WHERE e.key = toLower(trim($entity))
   OR toLower(e.name) = toLower(trim($entity))
   OR toLower(coalesce(e.long_form, '')) = toLower(trim($entity))
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower(trim($entity)))
MATCH (p:Paper)-[r:PROPOSES|USES|EVALUATES_ON|ADDRESSES]->(e)
RETURN p.key AS paper,
       p.title AS title,
       type(r) AS role,
       r.field AS field,
       r.sentence AS sentence_no,
       r.text AS mention,
       r.evidence AS evidence,
       r.mentions AS mentions
ORDER BY paper, role
LIMIT $limit;
