#!/bin/sh
# Rewrites the README's sample output blocks (<!-- sample: ARGS [lines N] --> before a ```text block) from the
# current tool on the seed graph, then retakes docs/explorer.png (tools/update-explorer-screenshot.sh, headless
# Chromium); ReadmeSamplesTests and ExplorerScreenshotTests fail when they drift. Review the diff before committing.
set -e
cd "$(dirname "$0")/.."
PAPERGRAPH_UPDATE_README=1 dotnet test -c Release --filter "FullyQualifiedName~ReadmeSamplesTests" "$@"
tools/update-explorer-screenshot.sh
git --no-pager diff --stat README.md docs/explorer.png
