#!/usr/bin/env bash
# `papergraph merges` figures (issue 16): the seed graph and synthetic graphs of the given sizes, each listed with and
# without sentence embeddings; wall time, peak RSS and the time of each candidate generator (its stderr lines).
# Usage: bench/merges.sh [SIZE ...]   (default: 100000; a graph already built under bench/out is reused)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100000)
out=${BENCH_OUT:-bench/out}; mkdir -p "$out"
dotnet build src/PaperGraph.Cli -c Release -v quiet -nologo >/dev/null
pg=src/PaperGraph.Cli/bin/Release/net10.0/papergraph
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, .NET $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  local graph=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$pg" merges --graph "$graph" --top 20 "$@" >/dev/null 2>"$out/merges-stderr.txt"
  grep -v 'embedded' "$out/merges-stderr.txt" | sed 's/^/    /'
  read -r seconds kb <"$out/time.txt"
  echo "  merges $*: ${seconds} s, peak $((kb / 1024)) MB"
}
"$pg" build seeds -o "$out/seeds.pgz" -q
echo "== seed graph"
run "$out/seeds.pgz" --no-embeddings
run "$out/seeds.pgz"
for n in "${sizes[@]}"; do
  corpus="$out/synth-$n.jsonl"; graph="$out/synth-$n.pgz"
  [ -f "$corpus" ] || "$pg" synth --papers "$n" --seed 1 -o "$corpus" 2>/dev/null
  [ -f "$graph" ] || "$pg" build "$corpus" -o "$graph" -q
  echo "== $n synthetic papers"
  run "$graph" --no-embeddings
  run "$graph"
done
