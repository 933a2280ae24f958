#!/usr/bin/env bash
# Incremental build figures (issue 16): a full build of N synthetic papers, then adding a batch of B new papers to the
# saved graph (build --graph), then removing that batch again (build --graph --remove-file), each timed with its peak
# RSS and phases. The batch removed again must give back the first graph byte for byte (checked with cmp); with
# VERIFY=1 a full build over all N + B papers is also run and compared with the added graph.
# Usage: bench/run-incremental.sh [N [B]]   (default: 1000000 1000; 1M needs about 8 GB of disk)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}; b=${2:-1000}
out=${BENCH_OUT:-bench/out}; mkdir -p "$out"
dotnet build src/PaperGraph.Cli -c Release -v quiet -nologo >/dev/null
pg=src/PaperGraph.Cli/bin/Release/net10.0/papergraph
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), .NET $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
all="$out/synth-$((n + b)).jsonl"
[ -f "$all" ] || "$pg" synth --papers $((n + b)) --seed 1 -o "$all" 2>/dev/null
head -n "$n" "$all" > "$out/inc-old.jsonl"
tail -n "$b" "$all" > "$out/inc-new.jsonl"
python3 -c "import json,sys; [print(json.loads(l)['id']) for l in open(sys.argv[1])]" "$out/inc-new.jsonl" > "$out/inc-new.ids"
echo "== $n synthetic papers, then $b more added and removed again"
# Prints the phases and memory lines of a --verbose build log, then one line with wall time, CPU time and peak RSS.
timed() {
  local label=$1 log=$2; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" -q --verbose 2> "$log" >/dev/null
  grep -E '^(timing|memory):' "$log" | sed 's/^/    /'
  read -r secs user sys rss < "$out/time.txt"
  python3 -c "print(f'  $label: {$secs:.1f} s wall, {$user + $sys:.1f} s CPU, peak RSS {$rss/1024:,.0f} MB')"
  echo "$secs" > "$out/$label.secs"
}
timed "full build of $n" "$out/inc-full.log" "$pg" build "$out/inc-old.jsonl" -o "$out/inc-old.pgz"
full=$(cat "$out/full build of $n.secs")
timed "add $b" "$out/inc-add.log" "$pg" build --graph "$out/inc-old.pgz" "$out/inc-new.jsonl" -o "$out/inc-added.pgz"
timed "remove $b" "$out/inc-remove.log" "$pg" build --graph "$out/inc-added.pgz" --remove-file "$out/inc-new.ids" -o "$out/inc-removed.pgz"
python3 - "$full" "$(cat "$out/add $b.secs")" "$(cat "$out/remove $b.secs")" <<'PY'
import sys
full, add, remove = map(float, sys.argv[1:])
print(f"  add is {add / full:.0%} of the full build, remove {remove / full:.0%}")
PY
size=$(stat -c %s "$out/inc-old.pgz")
if cmp -s "$out/inc-removed.pgz" "$out/inc-old.pgz"; then echo "  removing the batch gives back the first graph byte for byte"; else echo "  MISMATCH: the graph with the batch removed differs from the first graph"; fi
if [ "${VERIFY:-0}" = 1 ]; then
  timed "full build of $((n + b))" "$out/inc-full2.log" "$pg" build "$out/inc-old.jsonl" "$out/inc-new.jsonl" -o "$out/inc-full.pgz"
  if cmp -s "$out/inc-added.pgz" "$out/inc-full.pgz"; then echo "  the added graph equals the full build byte for byte"; else echo "  MISMATCH: the added graph differs from the full build"; fi
fi
python3 -c "print(f'  graph file {$size/1e6:,.0f} MB')"
