#!/usr/bin/env bash
# Whole-pipeline figures for issue 8: synthetic corpora of the given sizes, extraction throughput on 1 and 2
# threads, graph build time (per phase) and peak RSS, saved-graph size and load time, query latency, and networkx
# doing the same shortest-path queries on the same graph.
# Usage: bench/run-pipeline.sh [SIZE...]   (default: 10000 100000 1000000; 1M needs about 10 minutes and 2 GB of disk)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
out=${BENCH_OUT:-bench/out}; mkdir -p "$out"
dotnet build src/PaperGraph.Cli -c Release -v quiet -nologo >/dev/null
pg=src/PaperGraph.Cli/bin/Release/net10.0/papergraph
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), .NET $(dotnet --version)"
for n in "${sizes[@]}"; do
  corpus="$out/synth-$n.jsonl"; graph="$out/synth-$n.pgz"
  [ -f "$corpus" ] || "$pg" synth --papers "$n" --seed 1 -o "$corpus" 2>/dev/null
  mb=$(du -m "$corpus" | cut -f1)
  echo "== $n abstracts ($mb MB)"
  for threads in 1 2; do
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$pg" extract "$corpus" -o "$out/extract-$n.jsonl" -q --threads "$threads"
    read -r secs rss < "$out/time.txt"
    python3 -c "print(f'  extract, $threads thread(s): {$secs:.1f} s, {$n/$secs:,.0f} abstracts/s, {$mb/$secs:.1f} MB/s, peak RSS {$rss/1024:,.0f} MB')"
  done
  rm -f "$out/extract-$n.jsonl"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$pg" build "$corpus" -o "$graph" -q --verbose 2> "$out/build-$n.log" >/dev/null
  grep -E '^(timing|memory):' "$out/build-$n.log" | sed 's/^/    /'
  read -r secs rss < "$out/time.txt"
  python3 -c "print(f'  build (read + extract + graph + save, 2 threads): {$secs:.1f} s, peak RSS {$rss/1024:,.0f} MB, graph file {$(stat -c %s "$graph")/1e6:,.1f} MB')"
  # Yen's k paths over a million-paper graph needs gigabytes and minutes per query; it is timed on the smaller graphs.
  k=50; [ "$n" -gt 100000 ] && k=0
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$pg" bench --graph "$graph" --queries 200 --k-queries "$k" \
    --pairs-out "$out/pairs-$n.json" --edges-out "$out/edges-$n.json" | sed 's/^/  /'
  read -r secs rss < "$out/time.txt"
  python3 -c "print(f'  bench process: peak RSS {$rss/1024:,.0f} MB')"
  if python3 -c "import networkx" 2>/dev/null; then
    /usr/bin/time -f "%e %M" -o "$out/time.txt" python3 bench/networkx_paths.py "$out/edges-$n.json" "$out/pairs-$n.json" | sed 's/^/  /'
    read -r secs rss < "$out/time.txt"
    python3 -c "print(f'  networkx process: peak RSS {$rss/1024:,.0f} MB')"
  fi
  rm -f "$out/edges-$n.json"
done
