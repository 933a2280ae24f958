#!/bin/sh
# Import the PaperGraph export into an empty database (stop Neo4j first), then run cypher/schema.cypher.
neo4j-admin database import full neo4j --overwrite-destination --array-delimiter=¦ --id-type=string --multiline-fields=true \
  --nodes="$(dirname "$0")/nodes-paper.csv" \
  --nodes="$(dirname "$0")/nodes-method.csv" \
  --nodes="$(dirname "$0")/nodes-dataset.csv" \
  --nodes="$(dirname "$0")/nodes-technique.csv" \
  --nodes="$(dirname "$0")/nodes-task.csv" \
  --relationships="$(dirname "$0")/rels-uses-paper-technique.csv" \
  --relationships="$(dirname "$0")/rels-is_a-technique-technique.csv" \
  --relationships="$(dirname "$0")/rels-co_occurs-technique-technique.csv"
