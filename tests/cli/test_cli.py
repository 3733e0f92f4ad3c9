#!/usr/bin/env python3
"""CLI behaviour: commands, formats, exit codes, stdin, several files with one bad."""
import json
import os
import subprocess
import sys
import tempfile

BIN = sys.argv[1]
SOURCE_DIR = sys.argv[2]  # the project root: a complete, compliant corpus contract lives there
failures = []


def run(*args, stdin=None):
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(name, cond, detail=""):
    if not cond:
        failures.append(f"{name}: {detail}")


CLEAN = """Vertrag

Muster GmbH (im Folgenden: Auftraggeber)

1. Gegenstand

- 1.1 Der Auftragnehmer hostet die Website des Auftraggebers.
"""
BLANK = CLEAN + "\n_____, den _____\nOrt, Datum\n"

with tempfile.TemporaryDirectory() as tmp:
    clean = os.path.join(tmp, "clean.txt")
    blank = os.path.join(tmp, "blank.txt")
    empty = os.path.join(tmp, "empty.txt")
    open(clean, "w", encoding="utf-8").write(CLEAN)
    open(blank, "w", encoding="utf-8").write(BLANK)
    open(empty, "w").close()

    code, out, err = run("--version")
    check("version", code == 0 and out.startswith("avvlint "), out)
    code, out, err = run("--help")
    check("help", code == 0 and "usage:" in out, out)

    compliant = os.path.join(SOURCE_DIR, "corpus", "base-ziffern.txt")
    code, out, err = run("check", compliant)
    check("a compliant contract passes", code == 0, f"exit {code}: {out[-500:]}")
    code, out, err = run("check", "--fail-on", "info", compliant)
    check("--fail-on info on a clean contract", code == 0, f"exit {code}")
    code, out, err = run("check", blank)
    check("missing requirements fail", code == 1, f"exit {code}")
    check("text format", ": warning: " in out and "[placeholder.unfilled]" in out, out)
    check("caret", "\n  ^" in out, out)
    code, out, err = run("check", "--fail-on", "error", blank)
    check("--fail-on error", code == 1, f"exit {code}")

    code, out, err = run("check", "--format", "json", blank, clean)
    check("json exit", code == 1, f"exit {code} {err}")
    rep = json.loads(out)
    check("json version", rep["version"] == 1 and rep["tool"]["name"] == "avvlint", out[:200])
    check("json two documents", len(rep["documents"]) == 2, out[:200])
    f = [x for x in rep["documents"][0]["findings"] if x["rule"] == "placeholder.unfilled"]
    check("json finding fields", f and all(k in f[0] for k in ("rule", "requirement", "severity", "message",
                                                                "clause", "line", "column", "related")), str(f))
    check("json line", f and f[0]["line"] == 9 and f[0]["column"] == 1, str(f))

    code, out2, err = run("check", "--format", "json", blank, clean)
    check("deterministic", out == out2)

    code, out, err = run("check", "--format", "json", "--lang", "en", blank)
    msgs = [f["message"] for f in json.loads(out)["documents"][0]["findings"] if f["rule"] == "placeholder.unfilled"]
    check("english messages", msgs and "Unfilled" in msgs[0], str(msgs))

    code, out, err = run("check", "--format", "json", "-", stdin=BLANK.encode())
    check("stdin", code == 1 and json.loads(out)["documents"][0]["path"] == "-", err)

    code, out, err = run("check", "--format", "json", empty, blank)
    check("bad file exit 2", code == 2, f"exit {code}")
    check("bad file one line", err.count("\n") == 1 and empty in err and "empty" in err, err)
    check("other file still reported", len(json.loads(out)["documents"]) == 1, out[:200])

    code, out, err = run("check", "--frobnicate", clean)
    check("unknown option", code == 2 and "unknown option" in err, err)
    code, out, err = run("check")
    check("no file", code == 2, err)
    code, out, err = run("check", "--format", "yaml", clean)
    check("bad format", code == 2, err)

    code, out, err = run("tree", clean)
    tree = json.loads(out)
    check("tree", code == 0 and tree["tree"]["kind"] == "document", out[:200])

    code, out, err = run("rules")
    check("rules lists ids", code == 0 and "placeholder.unfilled" in out and "art28.3.g.deletion-return" in out, out[:300])
    code, out, err = run("explain", "placeholder.unfilled")
    check("explain rule", code == 0 and "placeholder.unfilled" in out and len(out) > 200, out)
    code, out, err = run("explain", "art28.3.g.deletion-return", "--lang", "en")
    check("explain requirement", code == 0 and "Art. 28(3)(g)" in out, out)
    code, out, err = run("explain", "no.such-rule")
    check("explain unknown", code == 2 and "unknown rule" in err, err)

if failures:
    print("\n".join(failures))
    print(f"0 passed, {len(failures)} failed")
    sys.exit(1)
print("cli: all checks passed")
