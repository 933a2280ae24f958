// PaperGraph schema for Neo4j 5 (constraints and indexes).
//
// Run it once per database, BEFORE loading data with cypher-shell (the
// uniqueness constraints make every MERGE on `key` an index lookup) and
// AFTER a `neo4j-admin database import` (which builds no schema):
//   cypher-shell -u neo4j -f cypher/schema.cypher        (password: $NEO4J_PASSWORD)
// Every statement is idempotent (IF NOT EXISTS), so re-running is harmless.
// Check with: SHOW CONSTRAINTS; SHOW INDEXES;
//
// Model: cypher/README.md. Keys are unique per label, not across labels (the
// same key can exist as a :Method and as a :Technique), so :Entity(key) gets
// a plain range index, not a constraint.

// ---- uniqueness constraints (each is backed by a range index on key) ------
CREATE CONSTRAINT paper_key IF NOT EXISTS FOR (n:Paper) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT method_key IF NOT EXISTS FOR (n:Method) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (n:Dataset) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (n:Task) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT technique_key IF NOT EXISTS FOR (n:Technique) REQUIRE n.key IS UNIQUE;

// ---- range indexes ---------------------------------------------------------
// Look-ups by key across kinds: MATCH (e:Entity {key: 'lora'})
CREATE RANGE INDEX entity_key IF NOT EXISTS FOR (n:Entity) ON (n.key);
// Look-ups and sorting by display name
CREATE RANGE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE RANGE INDEX method_name IF NOT EXISTS FOR (n:Method) ON (n.name);
CREATE RANGE INDEX dataset_name IF NOT EXISTS FOR (n:Dataset) ON (n.name);
CREATE RANGE INDEX task_name IF NOT EXISTS FOR (n:Task) ON (n.name);
CREATE RANGE INDEX technique_name IF NOT EXISTS FOR (n:Technique) ON (n.name);
// "Most mentioned" rankings: ORDER BY n.paper_count DESC
CREATE RANGE INDEX entity_paper_count IF NOT EXISTS FOR (n:Entity) ON (n.paper_count);
// Strongest co-occurrences first: WHERE c.weight >= ... ORDER BY c.weight DESC
CREATE RANGE INDEX co_occurs_weight IF NOT EXISTS FOR ()-[r:CO_OCCURS]-() ON (r.weight);

// ---- full-text indexes (Lucene; query with db.index.fulltext.queryNodes) ---
// Entity names, aliases and long forms. Full-text indexes take STRING and
// LIST<STRING> properties (Cypher Manual 5, "Full-text indexes", section
// "Lists of STRING values": each list element is analysed on its own), so the
// aliases list is indexed directly; long_form is indexed too so that
// "low rank adaptation" finds LoRA. The default analyser lower-cases, so
// searches are case-insensitive.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Method|Dataset|Task|Technique) ON EACH [n.name, n.aliases, n.long_form];
// Paper titles
CREATE FULLTEXT INDEX paper_titles IF NOT EXISTS
FOR (n:Paper) ON EACH [n.title];
// Evidence sentences and mention texts on paper -> entity relationships
CREATE FULLTEXT INDEX mention_evidence IF NOT EXISTS
FOR ()-[r:PROPOSES|USES|EVALUATES_ON|ADDRESSES]-() ON EACH [r.evidence, r.text];
