#!/usr/bin/env python3
"""Inline suppressions in text and Markdown contracts — issue #6.

`<!-- avvlint-disable RULE[, RULE…] -->` until `<!-- avvlint-enable RULE -->` or the
end of the file, `<!-- avvlint-disable-next-line RULE -->`, `<!-- avvlint-disable-line
RULE -->` at the end of a line, `*` for every rule; a
comment that suppresses nothing raises suppression.unused (info) at the comment.
The comment lines themselves do not change the analysis: the same corpus contract
with comment lines between its paragraphs gives the same statuses and findings.

usage: test_suppressions.py BUILD/avvlint PROJECT_ROOT
"""
import glob
import json
import os

from clitest import ROOT, check, finish, findings, project, run, write

TEXT = """# Vertrag

Muster GmbH (im Folgenden: Auftraggeber)

## 1. Gegenstand

<!-- avvlint-disable-next-line placeholder.unfilled -->
1.1 Der Auftragnehmer hostet die Website des Auftraggebers in _____.

1.2 Ort: _____

<!-- avvlint-disable placeholder.unfilled, law.outdated -- Muster, wird bei Unterschrift ergänzt -->
1.3 Der Auftragnehmer beachtet § 11 BDSG und _____.
<!-- avvlint-enable placeholder.unfilled -->
1.4 Siehe _____ und § 11 BDSG.

<!-- avvlint-disable-next-line term.inconsistent -->
1.5 Ende.
"""

with project() as root:
    path = os.path.join(root, "v.md")
    write(path, TEXT)
    plain = os.path.join(root, "plain.md")
    write(plain, "\n".join("" if line.startswith("<!--") else line for line in TEXT.split("\n")))

    code, out, err = run("check", "--format", "json", plain)
    before = {(line, rule) for line, rule, _ in findings(out)}
    check("without comments", {(8, "placeholder.unfilled"), (10, "placeholder.unfilled"), (13, "law.outdated"),
                               (13, "placeholder.unfilled"), (15, "placeholder.unfilled"), (15, "law.outdated")} <= before,
          str(sorted(before)))

    code, out, err = run("check", "--format", "json", path)
    doc = json.loads(out)["documents"][0]
    after = {(f["line"], f["rule"]) for f in doc["findings"]}
    check("disable-next-line", (8, "placeholder.unfilled") not in after, str(sorted(after)))
    check("next-line only the next line", (10, "placeholder.unfilled") in after, str(sorted(after)))
    check("disable range", (13, "placeholder.unfilled") not in after and (13, "law.outdated") not in after, str(sorted(after)))
    check("enable ends one rule", (15, "placeholder.unfilled") in after, str(sorted(after)))
    check("the other rule stays disabled", (15, "law.outdated") not in after, str(sorted(after)))
    unused = [f for f in doc["findings"] if f["rule"] == "suppression.unused"]
    check("unused suppression", len(unused) == 1 and unused[0]["line"] == 17 and unused[0]["severity"] == "info"
          and "term.inconsistent" in unused[0]["message"] and unused[0]["column"] == 1, str(unused))
    others = {(l, r) for l, r in after if r not in ("suppression.unused",)}
    check("nothing else changes", others == before - {(8, "placeholder.unfilled"), (13, "placeholder.unfilled"),
                                                      (13, "law.outdated"), (15, "law.outdated")},
          str(sorted(others ^ before)))
    check("statuses unchanged", doc["requirements"] == json.loads(run("check", "--format", "json", plain)[1])
          ["documents"][0]["requirements"], "")

    # '*' suppresses every rule; a disable without enable runs to the end of the file.
    star = os.path.join(root, "star.md")
    write(star, TEXT.replace("<!-- avvlint-disable placeholder.unfilled, law.outdated", "<!-- avvlint-disable *"))
    code, out, err = run("check", "--format", "json", star)
    lines = {(l, r) for l, r, _ in findings(out)}
    check("disable *", not [x for x in lines if x[0] >= 12 and x[1] != "suppression.unused"], str(sorted(lines)))
    check("enable of one rule does not end *", (15, "placeholder.unfilled") not in lines, str(sorted(lines)))
    code, out, err = run("check", "--format", "json", "--lang", "en", star)
    msgs = [f["message"] for f in json.loads(out)["documents"][0]["findings"] if f["rule"] == "suppression.unused"]
    check("unused in English", msgs and "suppresses no finding" in msgs[0], str(msgs))

    # disable-line: the comment's own line only.
    same = os.path.join(root, "same.md")
    write(same, TEXT.replace("1.2 Ort: _____", "1.2 Ort: _____ <!-- avvlint-disable-line placeholder.unfilled -->"))
    code, out, err = run("check", "--format", "json", same)
    lines = {(l, r) for l, r, _ in findings(out)}
    check("disable-line", (10, "placeholder.unfilled") not in lines and (15, "placeholder.unfilled") in lines
          and (10, "suppression.unused") not in lines, str(sorted(lines)))

    # A misspelt rule id suppresses nothing, and says so.
    typo = os.path.join(root, "typo.md")
    write(typo, TEXT.replace("disable-next-line placeholder.unfilled", "disable-next-line placeholder.unfiled"))
    code, out, err = run("check", "--format", "json", typo)
    f = findings(out)
    check("typo: finding stays", (8, "placeholder.unfilled", "warning") in f, str(f))
    check("typo: unused", (7, "suppression.unused", "info") in f, str(f))

    # suppression.unused can be switched off like any rule; suppressed findings no longer fail.
    write(os.path.join(root, ".avvlint.json"), '{"rules": {"suppression.unused": "off"}}')
    code, out, err = run("check", "--format", "json", typo)
    check("suppression.unused off", "suppression.unused" not in {r for _, r, _ in findings(out)}, out[:200])
    os.remove(os.path.join(root, ".avvlint.json"))
    fail = os.path.join(root, "fail.md")
    write(fail, "<!-- avvlint-disable * -->\n" + TEXT)
    code, out, err = run("check", fail)
    check("everything suppressed: exit 0", code == 0, f"exit {code}: {out[-300:]}")

    # The text report shows the unused suppression like any finding.
    code, out, err = run("check", typo)
    check("text report", ":7:1: info: " in out and "[suppression.unused]" in out, out)

# The comment lines do not disturb the clause tree or the analysis: every corpus
# contract, with a comment line before every fifth paragraph (outside tables).
contracts = sorted(glob.glob(os.path.join(ROOT, "corpus", "**", "*.txt"), recursive=True))[::4]
with project() as root:
    for src in contracts:
        lines = open(src, encoding="utf-8").read().split("\n")
        out_lines, n = [], 0
        for i, line in enumerate(lines):
            prev_blank = i == 0 or not lines[i - 1].strip()
            if line.strip() and prev_blank and not line.lstrip().startswith("|"):
                n += 1
                if n % 5 == 0 and i > 2:
                    out_lines.append("<!-- avvlint-disable-next-line no.such-rule -->")
            out_lines.append(line)
        dst = os.path.join(root, os.path.basename(src))
        write(dst, "\n".join(out_lines))
        a = json.loads(run("check", "--format", "json", src)[1])["documents"][0]
        b = json.loads(run("check", "--format", "json", dst)[1])["documents"][0]
        sa = [(r["id"], r["status"], [e["clause"] for e in r["evidence"]]) for r in a["requirements"]]
        sb = [(r["id"], r["status"], [e["clause"] for e in r["evidence"]]) for r in b["requirements"]]
        fa = sorted((f["rule"], f["clause"], f["message"]) for f in a["findings"])
        fb = sorted((f["rule"], f["clause"], f["message"]) for f in b["findings"] if f["rule"] != "suppression.unused")
        check(f"comments do not change {os.path.relpath(src, ROOT)}", sa == sb and fa == fb,
              f"{[x for x in zip(sa, sb) if x[0] != x[1]]} {set(fa) ^ set(fb)}")

finish("suppressions")
