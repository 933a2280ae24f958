// Title: Sub-modules of a proposed method
// What it answers: Which named components make up a proposed method (PART_OF
//   points from the sub-module to the method), at any depth, and what does
//   each component apply or build on? Returns paths for the graph view.
// Inputs: $method = name, key, long form or alias (case-insensitive).
// Notes: to go the other way (which methods is X a part of?), reverse the
//   arrow: (m)-[:PART_OF*1..]->(whole).
:param method => 'LoRA';

MATCH (m:Method)
WHERE m.key = toLower(trim($method))
   OR toLower(m.name) = toLower(trim($method))
   OR toLower(coalesce(m.long_form, '')) = toLower(trim($method))
   OR any(alias IN coalesce(m.aliases, []) WHERE toLower(alias) = toLower(trim($method)))
MATCH path = (part:Method)-[:PART_OF*1..]->(m)
OPTIONAL MATCH (part)-[:APPLIES|EXTENDS]->(idea:Entity)
RETURN path,
       length(path) AS depth,
       part.name AS submodule,
       head(relationships(path)).papers AS papers,
       collect(DISTINCT idea.name) AS applies_or_extends
ORDER BY depth, submodule;
