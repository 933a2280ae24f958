// Title: Most central techniques
// What it answers: Which techniques are hubs of the graph? Degree centrality
//   computed in plain Cypher: number of distinct co-occurring entities, total
//   co-occurrence weight, and how many papers use the technique and how many
//   proposed methods apply it.
// Inputs: $limit = number of techniques to list.
// Notes: plain Neo4j 5 only (no GDS needed). With the Graph Data Science
//   plugin installed, PageRank or betweenness on a projection of CO_OCCURS
//   (gds.graph.project + gds.pageRank.stream) gives a finer ranking; that is
//   optional and not part of this pack.
:param limit => 25;

MATCH (t:Technique)
WITH t,
     [(t)-[c:CO_OCCURS]-(o:Entity) | c.weight] AS weights,
     size([(p:Paper)-[:USES]->(t) | p]) AS used_by_papers,
     size([(m:Method)-[:APPLIES]->(t) | m]) AS applied_by_methods
RETURN t.name AS technique,
       size(weights) AS co_occurrence_degree,
       reduce(total = 0, w IN weights | total + coalesce(w, 0)) AS weighted_degree,
       used_by_papers,
       applied_by_methods,
       coalesce(t.paper_count, 0) AS papers
ORDER BY co_occurrence_degree DESC, weighted_degree DESC, technique
LIMIT $limit;
