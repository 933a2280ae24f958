#!/usr/bin/env bash
# Whole-pipeline figures (issues 8 and 17): synthetic corpora of the given sizes and the 73,683 real arXiv abstracts of
# ../shared/data/arxiv-daily.jsonl.gz (read as gzip, directly), each with extraction throughput on 1 and 2 threads,
# graph build time (per phase) and peak RSS, saved-graph size and load time, query latency, networkx doing the same
# shortest-path queries on the same graph, and a bare one-regex Python pass over the same file as the floor.
# Usage: bench/run-pipeline.sh [SIZE|real ...]   (default: 10000 100000 1000000 real; 1M needs 2 GB of disk)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000 real)
out=${BENCH_OUT:-bench/out}; mkdir -p "$out"
real=${REAL_CORPUS:-../shared/data/arxiv-daily.jsonl.gz}
dotnet build src/PaperGraph.Cli -c Release -v quiet -nologo >/dev/null
pg=src/PaperGraph.Cli/bin/Release/net10.0/papergraph
# Exit code 1 means the input had errors and everything else was still done (real text has a few bad lines).
tolerant() { "$@" || [ $? -eq 1 ]; }
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), .NET $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
for size in "${sizes[@]}"; do
  if [ "$size" = real ]; then
    [ -f "$real" ] || { echo "== real: $real not found, skipped"; continue; }
    corpus="$real"; graph="$out/real.pgz"
    n=$(gzip -dc "$corpus" | grep -c .); mb=$(( $(gzip -dc "$corpus" | wc -c) / 1000000 ))
    echo "== $n real arXiv abstracts ($mb MB decompressed, read as gzip)"
  else
    n=$size; corpus="$out/synth-$n.jsonl"; graph="$out/synth-$n.pgz"
    [ -f "$corpus" ] || "$pg" synth --papers "$n" --seed 1 -o "$corpus" 2>/dev/null
    mb=$(du -m "$corpus" | cut -f1)
    echo "== $n synthetic abstracts ($mb MB)"
  fi
  for threads in 1 2; do
    tolerant /usr/bin/time -f "%e %M" -o "$out/time.txt" "$pg" extract "$corpus" -o "$out/extract-$n.jsonl" -q --threads "$threads"
    read -r secs rss < "$out/time.txt"
    python3 -c "print(f'  extract, $threads thread(s): {$secs:.1f} s, {$n/$secs:,.0f} abstracts/s, {$mb/$secs:.1f} MB/s, peak RSS {$rss/1024:,.0f} MB')"
  done
  rm -f "$out/extract-$n.jsonl"
  tolerant /usr/bin/time -f "%e %M" -o "$out/time.txt" "$pg" build "$corpus" -o "$graph" -q --verbose 2> "$out/build-$n.log" >/dev/null
  grep -E '^(timing|memory):' "$out/build-$n.log" | sed 's/^/    /'
  read -r secs rss < "$out/time.txt"
  python3 -c "print(f'  build (read + extract + graph + save, 2 threads): {$secs:.1f} s, peak RSS {$rss/1024:,.0f} MB, graph file {$(stat -c %s "$graph")/1e6:,.1f} MB')"
  python3 bench/regex_peer.py "$corpus" | sed 's/^/  /'
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$pg" stats --graph "$graph" >/dev/null
  read -r secs rss < "$out/time.txt"
  python3 -c "print(f'  stats (process start, load, count): {$secs:.2f} s, peak RSS {$rss/1024:,.0f} MB')"
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
