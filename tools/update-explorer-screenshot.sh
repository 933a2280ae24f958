#!/bin/sh
# Retakes docs/explorer.png from the current tool: the seed graph as `papergraph build seeds` makes it, exported as html,
# opened in Debian's headless Chromium by tools/browser-test/explorer.mjs (LoRA searched and selected, the path to
# model merging shown). The picture carries the SHA-256 of the export it shows (a PNG text chunk); ExplorerScreenshotTests
# fails when that is not the current export's. tools/update-readme-samples.sh runs this after the README samples.
# Usage: tools/update-explorer-screenshot.sh [OUT.png]   (default docs/explorer.png)
#   PAPERGRAPH="dotnet path/to/papergraph.dll"   the papergraph to run (default: this tree's, built in Release)
#   CHROMIUM=/usr/bin/chromium                   the browser
set -e
out=$(realpath -m "${1:-$(dirname "$0")/../docs/explorer.png}")
cd "$(dirname "$0")/.."
if [ ! -d tools/browser-test/node_modules/playwright-core ]; then
  echo "error: playwright-core is not installed: npm ci --prefix tools/browser-test" >&2
  exit 2
fi
if [ -z "$PAPERGRAPH" ]; then
  dotnet build src/PaperGraph.Cli -c Release -v quiet -nologo >/dev/null
  PAPERGRAPH="dotnet src/PaperGraph.Cli/bin/Release/net10.0/papergraph.dll"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$PAPERGRAPH build seeds -o "$work/seeds.pgz" -q >/dev/null
$PAPERGRAPH export --format html --graph "$work/seeds.pgz" -o "$work/graph.html" -q
node tools/browser-test/explorer.mjs --html "$work/graph.html" --search LoRA --path-to "model merging" --screenshot "$out" >/dev/null
echo "wrote $out ($(sha256sum "$work/graph.html" | cut -c1-12)… of the seed export)"
