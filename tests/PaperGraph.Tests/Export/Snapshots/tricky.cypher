// PaperGraph export: run with `cypher-shell -f graph.cypher` (or paste into Neo4j Browser).
// Idempotent: MERGE on each label's key, so a second run changes nothing.

CREATE CONSTRAINT paper_key IF NOT EXISTS FOR (n:Paper) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT method_key IF NOT EXISTS FOR (n:Method) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (n:Dataset) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (n:Task) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT technique_key IF NOT EXISTS FOR (n:Technique) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX entity_key IF NOT EXISTS FOR (n:Entity) ON (n.key);
CREATE RANGE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE RANGE INDEX method_name IF NOT EXISTS FOR (n:Method) ON (n.name);
CREATE RANGE INDEX dataset_name IF NOT EXISTS FOR (n:Dataset) ON (n.name);
CREATE RANGE INDEX task_name IF NOT EXISTS FOR (n:Task) ON (n.name);
CREATE RANGE INDEX technique_name IF NOT EXISTS FOR (n:Technique) ON (n.name);
CREATE RANGE INDEX entity_paper_count IF NOT EXISTS FOR (n:Entity) ON (n.paper_count);
CREATE RANGE INDEX co_occurs_weight IF NOT EXISTS FOR ()-[r:CO_OCCURS]-() ON (r.weight);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Method|Dataset|Task|Technique) ON EACH [n.name, n.aliases, n.long_form];
CREATE FULLTEXT INDEX paper_titles IF NOT EXISTS
FOR (n:Paper) ON EACH [n.title];
CREATE FULLTEXT INDEX mention_evidence IF NOT EXISTS
FOR ()-[r:PROPOSES|USES|EVALUATES_ON|ADDRESSES]-() ON EACH [r.evidence, r.text];

// Paper nodes: 1 rows
UNWIND [{key: 'p1', props: {dates: ['Jul 30'], sources: ['seeds/x.txt:3'], title: 'A "paper" <title> & more'}}] AS row
MERGE (n:Paper {key: row.key})
SET n += row.props;

// Technique nodes: 12 rows
UNWIND [{key: 'k1', props: {aliases: ['He said "hi" alias', 'x"y'], long_form: 'He said "hi" long form', name: 'He said "hi"', paper_count: 1}}, {key: 'k2', props: {aliases: ['back\\slash alias', 'x"y'], long_form: 'back\\slash long form', name: 'back\\slash', paper_count: 1}}, {key: 'k3', props: {aliases: ['ends with \\ alias', 'x"y'], long_form: 'ends with \\ long form', name: 'ends with \\', paper_count: 1}}, {key: 'k4', props: {aliases: ['a\\nb literal alias', 'x"y'], long_form: 'a\\nb literal long form', name: 'a\\nb literal', paper_count: 1}}, {key: 'k5', props: {aliases: ['\\N \\G \\l \\E alias', 'x"y'], long_form: '\\N \\G \\l \\E long form', name: '\\N \\G \\l \\E', paper_count: 1}}, {key: 'k6', props: {aliases: ['{braces} [brackets] ;semi, comma = eq alias', 'x"y'], long_form: '{braces} [brackets] ;semi, comma = eq long form', name: '{braces} [brackets] ;semi, comma = eq', paper_count: 1}}, {key: 'k7', props: {aliases: ['<b>html</b> & amp; </script> alias', 'x"y'], long_form: '<b>html</b> & amp; </script> long form', name: '<b>html</b> & amp; </script>', paper_count: 1}}, {key: 'k8', props: {aliases: ['node alias', 'x"y'], long_form: 'node long form', name: 'node', paper_count: 1}}, {key: 'k9', props: {aliases: ['a -> b -- c alias', 'x"y'], long_form: 'a -> b -- c long form', name: 'a -> b -- c', paper_count: 1}}, {key: 'k10', props: {aliases: ['Münster 日本語 Ωmega alias', 'x"y'], long_form: 'Münster 日本語 Ωmega long form', name: 'Münster 日本語 Ωmega', paper_count: 1}}, {key: 'k11', props: {aliases: ['tab\there alias', 'x"y'], long_form: 'tab\there long form', name: 'tab\there', paper_count: 1}}, {key: 'k12', props: {aliases: ['\'single\' `tick` alias', 'x"y'], long_form: '\'single\' `tick` long form', name: '\'single\' `tick`', paper_count: 1}}] AS row
MERGE (n:Technique {key: row.key})
SET n:Entity, n += row.props;

// USES (Paper→Technique): 12 rows
UNWIND [{from: 'p1', props: {end: 19, evidence: 'We use He said "hi" here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: 'He said "hi"'}, to: 'k1'}, {from: 'p1', props: {end: 17, evidence: 'We use back\\slash here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: 'back\\slash'}, to: 'k2'}, {from: 'p1', props: {end: 18, evidence: 'We use ends with \\ here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: 'ends with \\'}, to: 'k3'}, {from: 'p1', props: {end: 19, evidence: 'We use a\\nb literal here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: 'a\\nb literal'}, to: 'k4'}, {from: 'p1', props: {end: 18, evidence: 'We use \\N \\G \\l \\E here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: '\\N \\G \\l \\E'}, to: 'k5'}, {from: 'p1', props: {end: 44, evidence: 'We use {braces} [brackets] ;semi, comma = eq here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: '{braces} [brackets] ;semi, comma = eq'}, to: 'k6'}, {from: 'p1', props: {end: 35, evidence: 'We use <b>html</b> & amp; </script> here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: '<b>html</b> & amp; </script>'}, to: 'k7'}, {from: 'p1', props: {end: 11, evidence: 'We use node here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: 'node'}, to: 'k8'}, {from: 'p1', props: {end: 18, evidence: 'We use a -> b -- c here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: 'a -> b -- c'}, to: 'k9'}, {from: 'p1', props: {end: 24, evidence: 'We use Münster 日本語 Ωmega here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: 'Münster 日本語 Ωmega'}, to: 'k10'}, {from: 'p1', props: {end: 15, evidence: 'We use tab\there here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: 'tab\there'}, to: 'k11'}, {from: 'p1', props: {end: 22, evidence: 'We use \'single\' `tick` here.', field: 'abstract', mentions: 1, sentence: 0, start: 7, text: '\'single\' `tick`'}, to: 'k12'}] AS row
MATCH (a:Paper {key: row.from})
MATCH (b:Technique {key: row.to})
MERGE (a)-[r:USES]->(b)
SET r += row.props;

// IS_A (Technique→Technique): 11 rows
UNWIND [{from: 'k2', props: {}, to: 'k1'}, {from: 'k3', props: {}, to: 'k2'}, {from: 'k4', props: {}, to: 'k3'}, {from: 'k5', props: {}, to: 'k4'}, {from: 'k6', props: {}, to: 'k5'}, {from: 'k7', props: {}, to: 'k6'}, {from: 'k8', props: {}, to: 'k7'}, {from: 'k9', props: {}, to: 'k8'}, {from: 'k10', props: {}, to: 'k9'}, {from: 'k11', props: {}, to: 'k10'}, {from: 'k12', props: {}, to: 'k11'}] AS row
MATCH (a:Technique {key: row.from})
MATCH (b:Technique {key: row.to})
MERGE (a)-[r:IS_A]->(b)
SET r += row.props;

// CO_OCCURS (Technique→Technique): 11 rows
UNWIND [{from: 'k1', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k2'}, {from: 'k2', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k3'}, {from: 'k3', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k4'}, {from: 'k4', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k5'}, {from: 'k5', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k6'}, {from: 'k6', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k7'}, {from: 'k7', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k8'}, {from: 'k8', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k9'}, {from: 'k9', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k10'}, {from: 'k10', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k11'}, {from: 'k11', props: {jaccard: 1.0, papers: ['p1'], pmi: 0.5, weight: 1}, to: 'k12'}] AS row
MATCH (a:Technique {key: row.from})
MATCH (b:Technique {key: row.to})
MERGE (a)-[r:CO_OCCURS]->(b)
SET r += row.props;
