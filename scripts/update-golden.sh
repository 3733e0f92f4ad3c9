#!/usr/bin/env bash
# Regenerates the expected outputs beside every corpus contract:
#   corpus/**/x.txt|md -> x.expected.json (check --format json) and x.tree.json (tree)
# Review `git diff corpus/` afterwards: every change must be one you intended.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/avvlint
[[ -x $bin ]] || { echo "build first: make build" >&2; exit 2; }
find corpus -type f \( -name '*.txt' -o -name '*.md' \) ! -name 'README.md' | sort | while read -r doc; do
  base=${doc%.*}
  "$bin" check --format json "$doc" > "$base.expected.json" || [[ $? -eq 1 ]]
  "$bin" tree "$doc" > "$base.tree.json"
done
"$bin" rules --format markdown > docs/rules.md
echo "updated: $(find corpus -name '*.expected.json' | wc -l) contracts and docs/rules.md"
