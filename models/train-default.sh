#!/usr/bin/env bash
# Rebuilds the extraction model that ships inside PaperGraph, byte for byte, from the annotated papers in the repo:
# the 977 silver train papers (models/training) and the tune half of the seed dev set (tests/data/dev-gold.json).
# A test (Learning/ShippedModelTests) trains the same way and compares the bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project src/PaperGraph.Cli -- train \
  --gold models/training/silver-train.json --gold tests/data/dev-gold.json \
  models/training/silver-train-papers.jsonl seeds \
  -o src/PaperGraph.Core/Learning/Data/default.pgm "$@"
