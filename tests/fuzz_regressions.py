#!/usr/bin/env python3
"""Replays every kept fuzz reproducer (fuzz/regressions/<target>/*) through the CLI:
each must end with exit 0, 1 or 2 and no sanitizer report, within 20 seconds."""
import pathlib
import subprocess
import sys
import tempfile

BIN = sys.argv[1]
root = pathlib.Path(sys.argv[2]) / "fuzz" / "regressions"
files = sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
failed = 0
for f in files:
    with tempfile.NamedTemporaryFile(suffix=".txt") as tmp:
        tmp.write(f.read_bytes())
        tmp.flush()
        try:
            p = subprocess.run([BIN, "check", "--format", "json", tmp.name], capture_output=True, timeout=20)
        except subprocess.TimeoutExpired:
            print(f"{f}: hang")
            failed += 1
            continue
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode not in (0, 1, 2) or "Sanitizer" in err or "runtime error" in err:
        print(f"{f}: exit {p.returncode} {err[:300]}")
        failed += 1
print(f"fuzz regressions: {len(files) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
