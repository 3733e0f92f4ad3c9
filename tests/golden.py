#!/usr/bin/env python3
"""Golden tests: for every corpus contract with expected output beside it
(x.txt -> x.expected.json from `check --format json`, x.tree.json from `tree`),
run avvlint and compare byte for byte. Regenerate with `make golden` (scripts/update-golden.sh)
and review the diff before committing."""
import difflib
import pathlib
import subprocess
import sys

BIN = sys.argv[1]
failures = 0
count = 0
for expected in sorted(pathlib.Path("corpus").rglob("*.expected.json")):
    base = str(expected)[: -len(".expected.json")]
    doc = next((pathlib.Path(base + ext) for ext in (".txt", ".md") if pathlib.Path(base + ext).exists()), None)
    if doc is None:
        print(f"{expected}: no contract beside it")
        failures += 1
        continue
    for kind, args, golden in (("check", ["check", "--format", "json"], expected),
                               ("tree", ["tree"], pathlib.Path(base + ".tree.json"))):
        if not golden.exists():
            continue
        count += 1
        out = subprocess.run([BIN, *args, str(doc)], capture_output=True, timeout=60).stdout.decode()
        want = golden.read_text(encoding="utf-8")
        if out != want:
            failures += 1
            diff = difflib.unified_diff(want.splitlines(), out.splitlines(), str(golden), "actual", lineterm="", n=2)
            print("\n".join(list(diff)[:40]))
print(f"golden: {count - failures} passed, {failures} failed")
sys.exit(1 if failures or count == 0 else 0)
