// Title: Techniques over time
// What it answers: How many papers using each technique were listed per
//   month? Paper.dates holds listing dates such as "Jul 30" (month and day,
//   no year); a paper counts once, in the month of its earliest listing date.
// Inputs: $techniques = list of names, keys or aliases (case-insensitive);
//   an empty list [] means the 10 techniques used by the most papers.
// Notes: dates that do not start with an English month abbreviation are
//   skipped. Read the result as a table, or plot month_no against papers.
:param techniques => ['LoRA', 'mixup', 'knowledge distillation'];

WITH ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] AS months,
     [x IN $techniques | toLower(trim(x))] AS wanted
MATCH (t:Technique)
WHERE (size(wanted) = 0 AND COALESCE(t.paper_count, 0) > 0)
   OR t.key IN wanted
   OR toLower(t.name) IN wanted
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) IN wanted)
WITH months, wanted, t
ORDER BY coalesce(t.paper_count, 0) DESC
WITH months, wanted, collect(t) AS ts
WITH months, CASE WHEN size(wanted) = 0 THEN ts[0..10] ELSE ts END AS ts
UNWIND ts AS t
MATCH (p:Paper)-[:USES]->(t)
UNWIND coalesce(p.dates, []) AS listed
WITH months, t, p, split(trim(listed), ' ') AS parts
WITH months, t, p,
     [i IN range(0, 11) WHERE months[i] = toLower(left(parts[0], 3))] AS month_hit,
     toInteger(parts[size(parts) - 1]) AS day
WHERE size(month_hit) = 1
WITH months, t, p, min((month_hit[0] + 1) * 100 + coalesce(day, 0)) AS first_listed
WITH months, t, p, first_listed / 100 AS month_no
RETURN t.name AS technique,
       month_no,
       months[month_no - 1] AS month,
       count(p) AS papers
ORDER BY technique, month_no;
