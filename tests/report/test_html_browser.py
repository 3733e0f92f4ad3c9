#!/usr/bin/env python3
"""HTML output in a real browser: headless Chromium loads the page and dumps its DOM.

Usage: test_html_browser.py AVVLINT SOURCE_DIR

Where test_html.py parses the markup, this lets a browser build the DOM — with
scripting on — and checks the result: the coverage matrix has 23 rows, every finding
is there, and a contract that tries to inject script (<script>, an <img onerror>)
shows it as text while nothing of it ran. Also takes a screenshot and checks that it
is a non-trivial PNG.

Chromium is not a build dependency (too heavy for CI set-up): without a `chromium`
binary on PATH the test exits 77, which CTest reports as skipped.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from html_page import Page

BIN = os.path.abspath(sys.argv[1])
SOURCE_DIR = os.path.abspath(sys.argv[2])
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    print("SKIP: chromium is not installed (apt-get install chromium)")
    sys.exit(77)

failures = []


def check(name, cond, detail=""):
    if not cond:
        failures.append(f"{name}: {detail}")


def chromium(profile, *args):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
           f"--user-data-dir={profile}", "--virtual-time-budget=2000", *args]
    p = subprocess.run(cmd, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


with tempfile.TemporaryDirectory() as tmp:
    base = open(os.path.join(SOURCE_DIR, "corpus", "base-ziffern.txt"), encoding="utf-8").read()
    hostile = base.replace("1. Gegenstand", "1. Gegenstand <script>document.body.setAttribute('data-pwned','1')</script>", 1)
    hostile += ("\nAnlage 9 – Unterauftragsverarbeiter\n\n| Name | Leistung | Ort |\n|---|---|---|\n"
                "| Evil <img src=x onerror=\"document.title='pwned'\"> Inc. | Hosting | USA |\n"
                "| _____ | _____ | _____ |\n"
                "Ende <script>alert(1)</script>\n")
    contract = os.path.join(tmp, "evil.txt")
    open(contract, "w", encoding="utf-8").write(hostile)
    page = os.path.join(tmp, "report.html")
    p = subprocess.run([BIN, "check", "--format", "html", "-o", page, contract], capture_output=True, timeout=60)
    check("report written", p.returncode in (0, 1) and os.path.getsize(page) > 0, p.stderr.decode())
    report = json.loads(subprocess.run([BIN, "check", "--format", "json", contract], capture_output=True,
                                       timeout=60).stdout)

    code, dom_text, err = chromium(os.path.join(tmp, "profile"), "--dump-dom", "file://" + page)
    check("chromium ran", code == 0 and "<html" in dom_text, f"exit {code}: {err[-500:]}")
    dom = Page(dom_text)
    body = [a for _, a, _ in dom.find("body")]
    check("injected script did not run", body and "data-pwned" not in body[0], str(body[:1]))
    titles = "".join(d for d, anc in dom.texts if anc and anc[-1][0] == "title")
    check("injected handler did not run", "pwned" not in titles and titles.startswith("avvlint"), titles)
    check("no script element in the DOM", not dom.find("script"))
    check("no img element in the DOM", not dom.find("img"))
    source = "".join(d for d, anc in dom.texts if any("tx" in a.get("class", "").split() for _, a in anc))
    check("script shown as text", "<script>document.body.setAttribute('data-pwned','1')</script>" in source,
          source[:300])
    check("img shown as text", "<img src=x onerror=\"document.title='pwned'\">" in source)
    rows = [a for _, a, anc in dom.find("tr") if any(t == "table" and "coverage" in x.get("class", "") for t, x in anc)
            and any(t == "tbody" for t, _ in anc)]
    check("coverage matrix: 23 rows", len(rows) == 23, str(len(rows)))
    findings = dom.find("li", "finding")
    check("every finding", len(findings) == len(report["documents"][0]["findings"]),
          f"{len(findings)} vs {len(report['documents'][0]['findings'])}")
    check("contract lines", len(dom.find("tr", "line")) == hostile.count("\n") + 1 or
          len(dom.find("tr", "line")) == hostile.count("\n"), str(len(dom.find("tr", "line"))))

    shot = os.path.join(tmp, "shot.png")
    code, out, err = chromium(os.path.join(tmp, "profile2"), "--hide-scrollbars", "--window-size=1280,1600",
                              f"--screenshot={shot}", "file://" + page)
    ok = os.path.exists(shot) and open(shot, "rb").read(8) == b"\x89PNG\r\n\x1a\n" and os.path.getsize(shot) > 20000
    check("screenshot", ok, f"exit {code}: {err[-300:]}")

if failures:
    print(f"{len(failures)} failures:")
    for f in failures:
        print("  " + f)
    sys.exit(1)
print("html in chromium: all checks passed")
