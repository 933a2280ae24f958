// Title: Proposed methods per task
// What it answers: For each task, which new methods do papers addressing it
//   propose? Tasks with the most proposed methods first.
// Inputs: $task = a task name, key, long form or alias to show just that task
//   (case-insensitive), or '' for all tasks; $limit = number of tasks.
:param task => '';
:param limit => 50;

MATCH (p:Paper)-[:ADDRESSES]->(t:Task)
WHERE $task = ''
   OR t.key = toLower(trim($task))
   OR toLower(t.name) = toLower(trim($task))
   OR toLower(coalesce(t.long_form, '')) = toLower(trim($task))
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower(trim($task)))
MATCH (p)-[:PROPOSES]->(m:Method)
WITH t, m, collect(DISTINCT p.key) AS papers
ORDER BY size(papers) DESC, m.name
WITH t,
     count(m) AS proposed_methods,
     collect(m.name + ' (' + toString(size(papers)) + ')') AS methods_with_paper_counts
RETURN t.name AS task, proposed_methods, methods_with_paper_counts[0..25] AS methods
ORDER BY proposed_methods DESC, task
LIMIT $limit;
