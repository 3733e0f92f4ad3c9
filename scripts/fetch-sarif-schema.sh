#!/usr/bin/env bash
# Regenerates tests/data/sarif-schema-2.1.0.json, the OASIS SARIF 2.1.0 JSON schema
# that tests/report/test_sarif.py validates our SARIF output against.
#
# The schema is vendored (committed), so neither the build nor the tests need the
# network; run this only to check or refresh the vendored copy. It takes the schema
# from the npm package @datadog/datadog-ci-plugin-sarif (its source tree holds the
# OASIS file as src/json-schema/sarif-schema-2.1.0.json, which the published
# package bundles into dist/bundle.js as an object literal), evaluates that literal
# with node and writes it as JSON with two-space indentation. Everything
# downloaded goes to a temporary folder under /tmp, never into the repository.
# Source, licence and attribution: docs/data-sources.md.
#
# Usage: scripts/fetch-sarif-schema.sh [--check]   (--check: compare, do not write)
set -euo pipefail

PACKAGE="@datadog/datadog-ci-plugin-sarif@5.25.0"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/tests/data/sarif-schema-2.1.0.json"

work="$(mktemp -d /tmp/avvlint-sarif-schema.XXXXXX)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/dist/bundle.js

node - "$work/package/dist/bundle.js" "$work/schema.json" <<'EOF'
// Finds `var sarif_schema_2_1_0_default = {…};` and evaluates the object literal.
const fs = require("fs");
const [bundlePath, outPath] = process.argv.slice(2);
const src = fs.readFileSync(bundlePath, "utf8");
const marker = "var sarif_schema_2_1_0_default = ";
const at = src.indexOf(marker);
if (at < 0) throw new Error("schema literal not found in " + bundlePath);
const start = at + marker.length;
let depth = 0, quote = "", end = start;
for (; end < src.length; end++) {
  const c = src[end];
  if (quote) {
    if (c === "\\") end++;
    else if (c === quote) quote = "";
    continue;
  }
  if (c === '"' || c === "'" || c === "`") quote = c;
  else if (c === "{") depth++;
  else if (c === "}" && --depth === 0) break;
}
const schema = eval("(" + src.slice(start, end + 1) + ")");
if (schema.title !== "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema") {
  throw new Error("unexpected schema title: " + schema.title);
}
fs.writeFileSync(outPath, JSON.stringify(schema, null, 2) + "\n");
EOF

if [[ "${1:-}" == "--check" ]]; then
  cmp -s "$work/schema.json" "$OUT" && echo "fetch-sarif-schema: $OUT is up to date" && exit 0
  echo "fetch-sarif-schema: $OUT differs from $PACKAGE" >&2
  exit 1
fi
mkdir -p "$(dirname "$OUT")"
cp "$work/schema.json" "$OUT"
echo "fetch-sarif-schema: wrote $OUT from $PACKAGE" >&2
