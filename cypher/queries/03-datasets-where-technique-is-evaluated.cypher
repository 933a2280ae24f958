// Title: Datasets on which a technique is evaluated
// What it answers: On which datasets are papers that use mixup evaluated?
//   (papers that USE the technique and EVALUATE_ON datasets), most common
//   dataset first, with example paper titles.
// Inputs: $technique = name, key, long form or alias (case-insensitive).
:param technique => 'mixup';

MATCH (t:Entity)
WHERE t.key = toLower(trim($technique))
   OR toLower(t.name) = toLower(trim($technique))
   OR toLower(coalesce(t.long_form, '')) = toLower(trim($technique))
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower(trim($technique)))
MATCH (p:Paper)-[:USES]->(t)
MATCH (p)-[:EVALUATES_ON]->(d:Dataset)
RETURN d.name AS dataset,
       count(DISTINCT p) AS papers,
       collect(DISTINCT p.title)[0..5] AS example_titles
ORDER BY papers DESC, dataset;
