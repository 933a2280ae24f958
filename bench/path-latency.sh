#!/usr/bin/env bash
# Path query latency (p50/p99 of `path --k 1` and `path --k 3` over random entity pairs, `papergraph bench`) on
# synthetic graphs, then a check that the first of the k = 3 connections is the one main's earlier algorithm chose (a weighted copy
# of the graph and a Dijkstra per spur, tests/PaperGraph.Tests/TestSupport/ReferencePaths.cs) on the first pairs.
# Usage: bench/path-latency.sh [SIZE...]   (default: 20000 100000; graphs are built with --no-model and kept in $BENCH_OUT)
#   PAPERGRAPH=path/to/papergraph   time another build (an older commit's) instead of this tree's
#   K_QUERIES=200 QUERIES=200       how many pairs are timed;  CHECK_PAIRS=20  how many are checked (0: none; slow)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(20000 100000)
out=${BENCH_OUT:-bench/out}; mkdir -p "$out"
dotnet build src/PaperGraph.Cli -c Release -v quiet -nologo >/dev/null
pg=${PAPERGRAPH:-src/PaperGraph.Cli/bin/Release/net10.0/papergraph}
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, .NET $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $pg ($(git log -1 --format=%h) tree$(git diff --quiet || echo ', modified'))"
for n in "${sizes[@]}"; do
  corpus="$out/synth-$n.jsonl"; graph="$out/synth-$n-no-model.pgz"
  [ -f "$corpus" ] || "$pg" synth --papers "$n" --seed 1 --from seeds -o "$corpus" 2>/dev/null
  [ -f "$graph" ] || "$pg" build --no-model "$corpus" -o "$graph" -q >/dev/null
  echo "== $n papers (load $(cut -d' ' -f1-3 /proc/loadavg))"
  "$pg" bench --graph "$graph" --seed 1 --queries "${QUERIES:-200}" --k-queries "${K_QUERIES:-200}" | sed 's/^/  /'
  if [ "${CHECK_PAIRS:-20}" -gt 0 ]; then
    PAPERGRAPH_PATHS_GRAPH="$(realpath "$graph")" PAPERGRAPH_PATHS_PAIRS="${CHECK_PAIRS:-20}" \
      dotnet test -c Release --filter "FullyQualifiedName~LargeGraphPathTests" --logger "console;verbosity=detailed" 2>&1 \
      | grep -E "pairs: the same|Passed!|Failed!|Assert" | sed 's/^ */  check: /'
  fi
done
