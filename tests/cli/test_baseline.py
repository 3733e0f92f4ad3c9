#!/usr/bin/env python3
"""Baselines (--write-baseline FILE, --baseline FILE) — issue #6.

A baseline accepts today's findings by rule, clause id and a hash of the
normalised source line — not the line number: after a paragraph is inserted above
the findings (every line number shifts) they stay accepted, while a new finding
still fails the run. A broken baseline file ends with exit 2 naming the file.

usage: test_baseline.py BUILD/avvlint PROJECT_ROOT
"""
import json
import os

from clitest import ROOT, check, finish, findings, project, run, write

BASE = open(os.path.join(ROOT, "corpus", "base-ziffern.txt"), encoding="utf-8").read()
# A compliant contract with one accepted problem: a dangling reference (error) in clause 1.2.
ANCHOR = "1.2 "
assert ANCHOR in BASE


def with_reference(text, target="Ziffer 19.7"):
    return text.replace(ANCHOR, f"{ANCHOR}Es gilt {target}. ", 1)


with project() as root:
    path = os.path.join(root, "vertraege", "kunde.txt")
    baseline = os.path.join(root, "avvlint-baseline.json")
    write(path, with_reference(BASE))

    code, out, err = run("check", "--format", "json", path)
    first = findings(out)
    check("the accepted problem fails today", code == 1 and any(r == "reference.dangling" for _, r, _ in first), str(first))

    code, out, err = run("check", "--write-baseline", baseline, path)
    check("write: exit 0", code == 0 and os.path.exists(baseline), f"exit {code} {err}")
    check("write: report still shown", "[reference.dangling]" in out, out[:300])
    data = json.load(open(baseline, encoding="utf-8"))
    check("baseline format", data["version"] == 1 and len(data["findings"]) == len(first) and all(
        {"rule", "clause", "fingerprint"} <= set(e) for e in data["findings"]), json.dumps(data)[:300])
    check("baseline path relative to the baseline file", data["findings"][0].get("path") == "vertraege/kunde.txt",
          str(data["findings"][0]))
    code, out2, err = run("check", "--write-baseline", baseline, path)
    check("baseline is deterministic", json.load(open(baseline, encoding="utf-8")) == data, "")

    code, out, err = run("check", "--format", "json", "--baseline", baseline, path)
    check("reuse: accepted findings dropped", code == 0 and findings(out) == [], f"exit {code} {findings(out)}")

    # Insert paragraphs above the finding: every line number below shifts.
    lines = with_reference(BASE).split("\n")
    at = next(i for i, l in enumerate(lines) if l.startswith(ANCHOR))
    shifted = lines[:at] + ["Vorbemerkung: Dieser Absatz ist neu.", "", "Noch ein neuer Absatz.", ""] + lines[at:]
    write(path, "\n".join(shifted))
    code, out, err = run("check", "--format", "json", path)
    moved = [l for l, r, _ in findings(out) if r == "reference.dangling"]
    old = [l for l, r, _ in first if r == "reference.dangling"]
    check("line numbers shifted", moved and moved != old, f"{old} -> {moved}")
    code, out, err = run("check", "--format", "json", "--baseline", baseline, path)
    check("shifted: still accepted", code == 0 and findings(out) == [], f"exit {code} {findings(out)}")

    # Re-flowed: extra whitespace and different case on the finding's line keep the fingerprint.
    write(path, "\n".join(l.replace("Es gilt Ziffer", "Es   gilt   ZIFFER") for l in shifted))
    code, out, err = run("check", "--format", "json", "--baseline", baseline, path)
    check("whitespace and case: still accepted", code == 0 and findings(out) == [], f"exit {code} {findings(out)}")

    # A new finding (another dangling reference elsewhere) still fails; the old one stays accepted.
    newer = "\n".join(shifted).replace("Noch ein neuer Absatz.", "Noch ein neuer Absatz nach Anlage 9.")
    write(path, newer)
    code, out, err = run("check", "--format", "json", "--baseline", baseline, path)
    f = findings(out)
    check("new finding fails", code == 1 and len(f) == 1 and f[0][1] == "reference.dangling", f"exit {code} {f}")
    check("text report only shows the new one", "Anlage 9" in run("check", "--baseline", baseline, path)[1], "")
    # The same accepted line twice (same clause, same text): one is accepted, the second is new.
    twice = "\n".join(shifted).replace("Noch ein neuer Absatz.", lines[at])
    write(path, twice)
    code, out, err = run("check", "--format", "json", "--baseline", baseline, path)
    check("entries count", code == 1 and [r for _, r, _ in findings(out)].count("reference.dangling") == 1,
          f"exit {code} {findings(out)}")

    # The baseline is per file: the same finding in another file is not accepted.
    other = os.path.join(root, "vertraege", "anderer.txt")
    write(other, with_reference(BASE))
    write(path, with_reference(BASE))
    code, out, err = run("check", "--format", "json", "--baseline", baseline, path, other)
    check("per file", code == 1 and findings(out, 0) == [] and findings(out, 1) != [], out[:300])
    # Run from another working directory: paths are relative to the baseline file, so it still applies.
    code, out, err = run("check", "--format", "json", "--baseline", baseline, "kunde.txt", cwd=os.path.dirname(path))
    check("other working directory", code == 0 and findings(out) == [], f"exit {code} {err}")

    # Requirement findings are told apart by their requirement.
    short = os.path.join(root, "kurz.txt")
    write(short, "# Vertrag\n\n1. Gegenstand\n\n1.1 Der Auftragnehmer hostet die Website.\n")
    code, out, err = run("check", "--write-baseline", baseline, short)
    entries = json.load(open(baseline, encoding="utf-8"))["findings"]
    reqs = [e.get("requirement") for e in entries if e["rule"] == "requirement.missing"]
    check("requirement ids in the baseline", reqs and all(reqs) and len(set(reqs)) == len(reqs), str(entries[:2]))

    # Broken baselines: exit 2 with the file named, nothing reported.
    for text, want in [("{not json", "invalid JSON"), ('{"version": 2, "findings": []}', "/version: must be 1"),
                       ('{"version": 1}', "/findings: missing"), ('{"version": 1, "findings": {}}', "/findings: must be a list"),
                       ('{"version": 1, "findings": [{"rule": "x", "clause": "1"}]}', "/findings/0/fingerprint: missing"),
                       ('{"version": 1, "findings": [{"rule": 1, "clause": "", "fingerprint": ""}]}', "/findings/0/rule: must be a string")]:
        write(baseline, text)
        code, out, err = run("check", "--baseline", baseline, path)
        check(f"broken baseline {text}", code == 2 and err.startswith(f"avvlint: {baseline}: ") and want in err
              and err.count("\n") == 1 and out == "", f"exit {code} {err!r}")
    code, out, err = run("check", "--baseline", os.path.join(root, "nope.json"), path)
    check("missing baseline", code == 2 and "nope.json: cannot read the baseline" in err, err)
    code, out, err = run("check", "--write-baseline", os.path.join(root, "no", "such", "dir.json"), path)
    check("unwritable baseline", code == 2 and "cannot write the baseline" in err, err)
    code, out, err = run("tree", "--baseline", baseline, path)
    check("--baseline only for check", code == 2, err)

finish("baseline")
