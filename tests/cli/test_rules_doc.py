#!/usr/bin/env python3
"""docs/rules.md is generated from the rule metadata and must not go stale — issue #6.

Fails when docs/rules.md differs from `avvlint rules --format markdown`; fix with
    build/avvlint rules --format markdown > docs/rules.md
Also: every finding rule and requirement has its section in both languages, and
--lang en writes English only.

usage: test_rules_doc.py BUILD/avvlint PROJECT_ROOT
"""
import difflib
import glob
import json
import os

from clitest import ROOT, check, finish, run

code, out, err = run("rules", "--format", "markdown", "--no-config")
doc_path = os.path.join(ROOT, "docs", "rules.md")
doc = open(doc_path, encoding="utf-8").read() if os.path.exists(doc_path) else ""
if out != doc:
    diff = "\n".join(list(difflib.unified_diff(doc.splitlines(), out.splitlines(), "docs/rules.md", "generated",
                                               lineterm="", n=1))[:30])
    check("docs/rules.md is up to date (regenerate: build/avvlint rules --format markdown > docs/rules.md)",
          False, "\n" + diff)
check("exit 0", code == 0, err)

ids = [json.load(open(p, encoding="utf-8"))["id"] for p in sorted(glob.glob(os.path.join(ROOT, "rules", "findings", "*.json")))]
ids += [json.load(open(p, encoding="utf-8"))["id"] for p in sorted(glob.glob(os.path.join(ROOT, "rules", "requirements", "*.json")))]
for i in ids:
    check(f"section for {i}", f"\n### `{i}`\n\n<a id=\"{i}\"></a>\n" in out, "")
rule = json.load(open(os.path.join(ROOT, "rules", "findings", "law.outdated.json"), encoding="utf-8"))
first_de = rule["explanation"]["de"].split("\n")[0]
first_en = rule["explanation"]["en"].split("\n")[0]
check("German with the English below", first_de in out and first_en in out and out.index(first_de) < out.index(first_en), "")
code, en, err = run("rules", "--format", "markdown", "--lang", "en")
check("--lang en: English only", code == 0 and first_en in en and first_de not in en and en.startswith("# avvlint rules"), en[:200])
code, out, err = run("rules", "--format", "html")
check("rules --format html is refused", code == 2 and "text or markdown" in err, err)
code, out, err = run("check", "--format", "markdown", os.path.join(ROOT, "corpus", "base-ziffern.txt"))
check("check --format markdown is refused", code == 2, err)

finish("rules-doc")
