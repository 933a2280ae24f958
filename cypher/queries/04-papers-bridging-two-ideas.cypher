// Title: Papers bridging two ideas
// What it answers: Which papers mention both ideas (in any role: proposes,
//   uses, evaluates on, addresses), and what do they say about each? The
//   evidence columns are the sentences of the first mention.
// Inputs: $a, $b = names, keys, long forms or aliases (case-insensitive).
:param a => 'LoRA';
:param b => 'model merging';

MATCH (x:Entity)
WHERE x.key = toLower(trim($a))
   OR toLower(x.name) = toLower(trim($a))
   OR toLower(coalesce(x.long_form, '')) = toLower(trim($a))
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower(trim($a)))
MATCH (x)<-[rx]-(p:Paper)
MATCH (p)-[ry]->(y:Entity)
WHERE y <> x
  AND (y.key = toLower(trim($b))
   OR toLower(y.name) = toLower(trim($b))
   OR toLower(coalesce(y.long_form, '')) = toLower(trim($b))
   OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower(trim($b))))
RETURN p.key AS paper,
       p.title AS title,
       type(rx) + ' ' + x.name AS first_idea,
       rx.evidence AS evidence_first,
       type(ry) + ' ' + y.name AS second_idea,
       ry.evidence AS evidence_second
ORDER BY paper;
