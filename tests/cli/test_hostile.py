#!/usr/bin/env python3
"""Hostile input: every case must end with exit 0/1 (a report) or 2 (one clear stderr
line naming the file), within a time limit, never a crash. Run by both the release
and the ASan/UBSan build. Timing limits here are generous hang guards, not benchmarks."""
import os
import random
import subprocess
import sys
import tempfile

BIN = sys.argv[1]
SCALE = float(os.environ.get("AVVLINT_HOSTILE_SCALE", "1"))
failures = []

BASE = """
1. Gegenstand

- 1.1 Der Auftragnehmer verarbeitet personenbezogene Daten im Auftrag des Auftraggebers gemäß Anlage 1.
- 1.2 Die Verarbeitung erfolgt ausschließlich in der Europäischen Union, Art. 28 Abs. 3 DSGVO.

2. Pflichten

- 2.1 Der Auftragnehmer meldet Verletzungen unverzüglich, spätestens binnen 24 Stunden.
- 2.2 Weisungen erfolgen in Textform; siehe Ziffer 1.1.
"""


def case(name, data, limit_seconds, expect_error=None):
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        p = subprocess.run([BIN, "check", "--format", "json", path], capture_output=True, timeout=limit_seconds)
    except subprocess.TimeoutExpired:
        failures.append(f"{name}: no answer within {limit_seconds}s")
        return
    finally:
        os.unlink(path)
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode < 0 or p.returncode > 2:
        failures.append(f"{name}: crashed (exit {p.returncode}): {err[-500:]}")
    elif p.returncode == 2:
        if err.count("\n") != 1 or path not in err:
            failures.append(f"{name}: exit 2 needs one stderr line naming the file, got: {err[:300]!r}")
        if expect_error is False:
            failures.append(f"{name}: expected a report, got error: {err.strip()}")
    elif expect_error is True:
        failures.append(f"{name}: expected exit 2, got {p.returncode}")
    if "AddressSanitizer" in err or "runtime error:" in err:
        failures.append(f"{name}: sanitizer report: {err[:500]}")


random.seed(7)
case("empty file", b"", 10, expect_error=True)
case("random bytes (1 MB)", bytes(random.getrandbits(8) for _ in range(1 << 20)), 20, expect_error=True)
case("invalid UTF-8 with NUL", b"Vertrag\n\xff\xfe\x00\x01", 10, expect_error=True)
big = ("Vertrag zur Auftragsverarbeitung\n" + BASE * int(50 * 1024 * 1024 * SCALE // len(BASE.encode()))).encode()
case(f"contract of {len(big) >> 20} MB", big, 120, expect_error=False)
nested = "Vertrag\n\n1. Liste\n\n" + "".join(" " * (2 * i) + "- Ebene\n" for i in range(10000))
case("10,000 nested list levels", nested.encode(), 60, expect_error=False)
nested_numbers = "Vertrag\n\n" + "".join("1." * (i % 7 + 1) + " Text\n" for i in range(10000))
case("10,000 numbered lines", nested_numbers.encode(), 60, expect_error=False)
case("a 10 MB line", b"Vertrag\n\n" + b"Der Auftragnehmer " * int(10 * 1024 * 1024 * SCALE // 18) + b"\n", 60,
     expect_error=False)
case("only underscores", b"_" * 1_000_000, 30, expect_error=False)
case("brackets", b"[" * 100_000 + b"]" * 100_000, 30, expect_error=False)

if failures:
    print("\n".join(failures))
    print(f"0 passed, {len(failures)} failed")
    sys.exit(1)
print("hostile: all cases handled")
