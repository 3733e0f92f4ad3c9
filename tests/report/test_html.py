#!/usr/bin/env python3
"""HTML output: structure, links, escaping, language — checked with Python's html.parser.

Usage: test_html.py AVVLINT SOURCE_DIR [SHARED_DIR]

For the seed contract (when SHARED_DIR/seed has it) and a corpus contract with
subprocessors: the coverage matrix has one row per catalogue requirement (23) with a
known status and evidence links, every finding of the JSON report is listed with its
rule and line, every in-page link has its target and every id is unique, the page has
no scripts or external assets, a contract containing <script>alert(1)</script> shows
it as text, UI words follow --lang, output is deterministic and -o writes it.
The browser-side check (a real DOM) is test_html_browser.py.
"""
import json
import os
import subprocess
import sys
import tempfile

from html_page import Page

BIN = os.path.abspath(sys.argv[1])
SOURCE_DIR = os.path.abspath(sys.argv[2])
SHARED_DIR = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else os.path.join(SOURCE_DIR, "..", "shared")
STATUSES = {"met", "partial", "missing", "not-applicable"}
failures = []


def check(name, cond, detail=""):
    if not cond:
        failures.append(f"{name}: {detail}")


def run(*args, stdin=None):
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True, timeout=120, cwd=SOURCE_DIR)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def has_class(cls):
    return lambda t, a: cls in a.get("class", "").split()


def structure(name, page, report):
    doc = report["documents"][0]
    # Unique ids, every in-page link resolves, nothing external.
    dup = {i for i in page.ids if page.ids.count(i) > 1}
    check(f"{name}: unique ids", not dup, str(sorted(dup))[:300])
    ids = set(page.ids)
    broken = [h for h in page.hrefs if h.startswith("#") and h[1:] not in ids]
    check(f"{name}: in-page links resolve", not broken, str(broken[:10]))
    external = [h for h in page.hrefs if not h.startswith("#")]
    check(f"{name}: no external links", not external, str(external[:5]))
    check(f"{name}: no scripts or external assets",
          not ({"script", "link", "img", "iframe", "object", "embed"} & set(page.starttags)), str(set(page.starttags)))
    check(f"{name}: no src attributes", not any("src" in a for _, a, _ in page.elements))
    check(f"{name}: embedded style", len(page.find("style")) == 1)

    # Coverage matrix: 23 rows, known statuses matching the JSON report, evidence linked.
    tables = page.find("table", "coverage")
    check(f"{name}: one coverage table", len(tables) == 1, str(len(tables)))
    rows = [(a, anc) for t, a, anc in page.find("tr") if any(has_class("coverage")(*x) for x in anc)
            and any(x[0] == "tbody" for x in anc)]
    check(f"{name}: coverage has 23 rows", len(rows) == 23, str(len(rows)))
    want = {r["id"]: r for r in doc["requirements"]}
    for a, _ in rows:
        rid = a.get("id", "")[len("d1-req-"):]
        status = a.get("class", "").replace("status-", "")
        check(f"{name}: coverage row {rid} status", status in STATUSES, status)
        check(f"{name}: coverage row {rid} matches JSON", want.get(rid, {}).get("status") == status,
              f"{status} vs {want.get(rid, {}).get('status')}")
    for rid, r in want.items():
        row_links = [h for t, a, anc in page.find("a") for h in [a.get("href", "")]
                     if any(x[0] == "tr" and x[1].get("id") == f"d1-req-{rid}" for x in anc)]
        check(f"{name}: evidence links of {rid}", len(row_links) >= len(r["evidence"]) and
              (not r["evidence"] or any(h.startswith("#d1-c-") or h.startswith("#d1-L") for h in row_links)),
              str(row_links))
    badges = page.text_under(lambda t, a: t == "table" and "coverage" in a.get("class", ""))
    check(f"{name}: status words present", badges.strip() != "")

    # Findings: every finding of the JSON report, with rule, message and line link.
    items = page.find("li", "finding")
    check(f"{name}: finding count", len(items) == len(doc["findings"]), f"{len(items)} vs {len(doc['findings'])}")
    for i, f in enumerate(doc["findings"], 1):
        fid = f"d1-f{i}"
        text = page.text_under(lambda t, a, fid=fid: a.get("id") == fid)
        check(f"{name}: finding {i} rule", f["rule"] in text, text[:200])
        check(f"{name}: finding {i} message", f["message"] in text, f"{f['message'][:80]} not in {text[:200]}")
        links = [a.get("href") for t, a, anc in page.find("a") if any(x[1].get("id") == fid for x in anc)]
        check(f"{name}: finding {i} links its line", f"#d1-L{f['line']}" in links, str(links))
        # ... and the line links back to the finding.
        marks = [a.get("href") for t, a, anc in page.find("a", "mark")
                 if any(x[1].get("id") == f"d1-L{f['line']}" for x in anc)]
        check(f"{name}: line {f['line']} marks finding {i}", f"#{fid}" in marks, str(marks))
    # Grouped by severity: errors before warnings before notes.
    order = [a["class"].split()[1] for t, a, anc in page.find("li", "finding")]
    rank = {"sev-error": 0, "sev-warning": 1, "sev-info": 2}
    check(f"{name}: grouped by severity", order == sorted(order, key=rank.get), str(order))

    # Contract text: one row per line, each with its number.
    lines = [a for t, a, anc in page.find("tr", "line")]
    check(f"{name}: contract lines", len(lines) >= doc["findings"][-1]["line"] if doc["findings"] else len(lines) > 0)
    check(f"{name}: lines numbered in order", [a["id"] for a in lines] == [f"d1-L{n}" for n in range(1, len(lines) + 1)])


def page_of(*args):
    code, out, err = run("check", "--format", "html", *args)
    check(f"exit code {args}", code in (0, 1), f"{code} {err}")
    return out


seed = os.path.join(SHARED_DIR, "seed", "avv-kreativburschen.txt")
subject = [seed] if os.path.exists(seed) else []
if not subject:
    print(f"note: seed contract {seed} absent; checking corpus contracts only")
subject += [os.path.join(SOURCE_DIR, "corpus", "transfers", "t01-us-no-safeguard.txt"),
            os.path.join(SOURCE_DIR, "corpus", "base-markdown.md")]
for path in subject:
    rel = os.path.relpath(path, SOURCE_DIR)
    arg = rel if not rel.startswith("..") else path
    text = page_of(arg)
    page = Page(text)
    code, out, err = run("check", "--format", "json", arg)
    report = json.loads(out)
    structure(rel, page, report)
    tree = json.loads(run("tree", arg)[1])
    subs = page.find("table", "subprocessors")
    check(f"{rel}: subprocessor table iff subprocessors", bool(subs) == bool(tree["subprocessors"]),
          f"{len(subs)} tables, {len(tree['subprocessors'])} subprocessors")
    if tree["subprocessors"]:
        body = page.text_under(has_class("subprocessors"))
        for sp in tree["subprocessors"]:
            check(f"{rel}: subprocessor {sp['name']}", sp["name"] in body)
            for flow in sp["flows"]:
                check(f"{rel}: country {flow['country']}", flow["country"] in body)

# The transfer example must show its third-country flow without safeguard.
t01 = Page(page_of("corpus/transfers/t01-us-no-safeguard.txt"))
check("t01: no-safeguard badge", t01.find("span", "transfer-no-safeguard"), "")

with tempfile.TemporaryDirectory() as tmp:
    base = open(os.path.join(SOURCE_DIR, "corpus", "base-ziffern.txt"), encoding="utf-8").read()
    hostile = base.replace("1. Gegenstand", "1. Gegenstand <script>alert(1)</script>", 1)
    hostile += ("\nAnlage 9 – Unterauftragsverarbeiter <b onmouseover=alert(2)>x</b>\n\n"
                "| Name | Leistung | Ort |\n|---|---|---|\n"
                "| Evil <script>alert(3)</script> Inc. | Hosting & \"Support\" | 'Ort' <i>USA</i> |\n"
                "| _____ | _____ | _____ |\n")
    check("fixture has the script", "<script>alert(1)</script>" in hostile)
    evil = os.path.join(tmp, "evil.txt")
    open(evil, "w", encoding="utf-8").write(hostile)
    text = page_of(evil)
    page = Page(text)
    check("script never parsed as an element", "script" not in page.starttags, str(page.starttags.count("script")))
    check("no injected elements", not ({"b", "i"} & set(page.starttags)), str(set(page.starttags)))
    check("no event handler attributes", not any(k.startswith("on") for _, a, _ in page.elements for k in a))
    source_text = page.text_under(has_class("tx"))
    check("script shown as text in the contract", "<script>alert(1)</script>" in source_text, source_text[:300])
    check("escaped in the markup", "&lt;script&gt;alert(1)&lt;/script&gt;" in text)
    check("table cell shown as text", "Evil <script>alert(3)</script> Inc." in source_text)

    # Language of the UI words: German by default for a German contract, English with --lang en.
    labels = json.load(open(os.path.join(SOURCE_DIR, "rules", "lexicon", "report-labels.json"), encoding="utf-8"))
    check("labels: same keys in de and en", set(labels["de"]) == set(labels["en"]),
          str(set(labels["de"]) ^ set(labels["en"])))
    check("labels: no empty text", all(v for lang in ("de", "en") for v in labels[lang].values()))
    de = Page(page_of(evil))
    en = Page(page_of("--lang", "en", evil))
    html_lang = lambda p: [a.get("lang") for t, a, anc in p.find("html")]
    check("html lang de", html_lang(de) == ["de"], str(html_lang(de)))
    check("html lang en", html_lang(en) == ["en"], str(html_lang(en)))
    h3 = lambda p: [d.strip() for d, anc in p.texts if anc and anc[-1][0] == "h3"]
    check("German headings", labels["de"]["coverage"] in h3(de), str(h3(de)))
    check("English headings", labels["en"]["coverage"] in h3(en) and labels["de"]["coverage"] not in h3(en), str(h3(en)))

    # Several documents: one article each, ids kept apart, a navigation list.
    two = page_of(evil, "corpus/base-paragraphen.txt")
    p2 = Page(two)
    check("two articles", len(p2.find("article", "document")) == 2)
    check("two coverage tables", len(p2.find("table", "coverage")) == 2)
    check("nav lists the documents", len([h for h in p2.hrefs if h in ("#d1", "#d2")]) == 2)
    dup = {i for i in p2.ids if p2.ids.count(i) > 1}
    check("two documents: unique ids", not dup, str(sorted(dup))[:200])
    check("two documents: links resolve", all(h[1:] in set(p2.ids) for h in p2.hrefs if h.startswith("#")))

    # Deterministic; -o writes the same page; stdin works; no document -> an empty page, exit 2.
    check("deterministic", text == page_of(evil))
    out_file = os.path.join(tmp, "report.html")
    code, out, err = run("check", "--format", "html", "-o", out_file, evil)
    check("-o: nothing on stdout", out == "", out[:100])
    check("-o: same page", open(out_file, encoding="utf-8").read() == text)
    code, out, err = run("check", "--format", "html", "-", stdin=hostile.encode())
    check("stdin", code in (0, 1) and "&lt;stdin&gt;" in out, err)
    empty = os.path.join(tmp, "empty.txt")
    open(empty, "w").close()
    code, out, err = run("check", "--format", "html", empty)
    check("unreadable input: exit 2 and a page", code == 2 and out.rstrip().endswith("</html>"), f"{code} {err}")

if failures:
    print(f"{len(failures)} failures:")
    for f in failures[:80]:
        print("  " + f)
    sys.exit(1)
print(f"html: all checks passed ({len(subject)} contracts)")
