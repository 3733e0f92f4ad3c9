#!/usr/bin/env python3
"""Contracts as they arrive: .docx and .pdf input (issue #5).

1. The same contract as .txt, .docx and .pdf gives the same finding kinds on the
   same clause ids, the same requirement statuses and the same numbered clauses
   (fixtures from scripts/make-fixtures.py; the .txt is the corpus file).
2. `avvlint text` shows the extracted text: numbers as Word shows them, running
   headers, page numbers and line-end hyphenation removed from PDFs.
3. Every hostile file ends with exit 2 and one stderr line naming the file,
   within 5 seconds.

usage: test_formats.py BUILD/avvlint PROJECT_ROOT
"""
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile

BIN = sys.argv[1]
ROOT = sys.argv[2]
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
REGENERATE = "(regenerate with: python3 scripts/make-fixtures.py)"
failures = []
passed = 0

PAIRS = [
    ("base-ziffern", "corpus/base-ziffern.txt"),
    ("base-paragraphen", "corpus/base-paragraphen.txt"),
    ("v31-us-subprocessor", "corpus/variants/v31-us-subprocessor-no-safeguard.txt"),
    ("v13-liability-excluded", "corpus/variants/v13-liability-excluded.txt"),
]


def run(*args, env=None, timeout=60):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=timeout, env=env)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(name, cond, detail=""):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(f"{name}: {detail}")


def report(path):
    code, out, err = run("check", "--format", "json", path)
    if code not in (0, 1):
        return None, f"exit {code}: {err.strip()}"
    doc = json.loads(out)["documents"][0]
    # source.* findings describe the file (encoding, tracked changes), not the contract
    kinds = sorted({(f["rule"], f["clause"]) for f in doc["findings"] if not f["rule"].startswith("source.")})
    statuses = [(r["id"], r["status"]) for r in doc["requirements"]]
    return (kinds, statuses, doc["findings"]), ""


def clause_ids(path):
    code, out, err = run("tree", path)
    if code != 0:
        return None
    ids = []

    def walk(node):
        if node.get("id"):
            ids.append(node["id"])
        for child in node.get("children", []):
            walk(child)
    tree = json.loads(out)
    walk(tree.get("tree", tree))
    return ids


# 1. Same contract, three formats ------------------------------------------------
with_findings = 0
for name, source in PAIRS:
    txt = os.path.join(ROOT, source)
    expected, err = report(txt)
    if expected is None:
        check(f"{source}", False, err)
        continue
    with_findings += bool(expected[0])
    expected_ids = clause_ids(txt)
    for ext in ("docx", "pdf"):
        path = os.path.join(FIXTURES, f"{name}.{ext}")
        got, err = report(path)
        if got is None:
            check(f"{name}.{ext}", False, err)
            continue
        check(f"{name}.{ext}: finding kinds and clause ids as for {source}", got[0] == expected[0],
              f"expected {expected[0]}, got {got[0]} {REGENERATE}")
        check(f"{name}.{ext}: requirement statuses as for {source}", got[1] == expected[1],
              f"{[(a, b) for a, b in zip(expected[1], got[1]) if a != b]} {REGENERATE}")
        check(f"{name}.{ext}: numbered clauses as for {source}", clause_ids(path) == expected_ids,
              f"tree ids differ {REGENERATE}")
        # findings point into the extracted text that `avvlint text` prints
        code, text, err = run("text", path)
        lines = text.split("\n")
        for f in got[2]:
            check(f"{name}.{ext}: {f['rule']} line {f['line']} lies in the extracted text",
                  1 <= f["line"] <= len(lines), f"{len(lines)} lines")
check("at least two contracts with findings compared", with_findings >= 2, f"{with_findings}")

code, out, err = run("check", "--format", "json", os.path.join(FIXTURES, "base-ziffern.docx"))
rules = [f["rule"] for f in json.loads(out)["documents"][0]["findings"]] if code in (0, 1) else []
check("tracked changes are reported", "source.tracked-changes" in rules, f"{rules} {err}")

# stdin is sniffed too
with open(os.path.join(FIXTURES, "base-paragraphen.docx"), "rb") as f:
    p = subprocess.run([BIN, "check", "-"], input=f.read(), capture_output=True, timeout=60)
check(".docx on standard input", p.returncode in (0, 1) and b"0 Fehler" in p.stdout, p.stderr.decode()[:300])

# 2. `avvlint text` --------------------------------------------------------------
code, text, err = run("text", os.path.join(FIXTURES, "two-page.pdf"))
check("text two-page.pdf: exit 0", code == 0, err)
check("text two-page.pdf: running header removed", "Muster GmbH" not in text, text)
check("text two-page.pdf: page numbers removed", "- 1 -" not in text and "- 2 -" not in text, text)
check("text two-page.pdf: hyphenation joined", "Vertraulichkeitsverpflichtung" in text, text)
check("text two-page.pdf: elided compound kept", "Vertriebs- und Servicesysteme" in text, text)
check("text two-page.pdf: clause across the page break stays whole",
      "\n1.3 Zu diesem Zweck betreut der Auftragnehmer die eigenen digitalen Vertriebs- und Servicesysteme" in text,
      text)
for number in ("1.1", "1.2", "1.3", "2.1", "2.2"):
    check(f"text two-page.pdf: clause {number}", f"\n{number} " in text, text)

code, text, err = run("text", os.path.join(FIXTURES, "base-ziffern.pdf"))
check("text base-ziffern.pdf: no footer", "Seite " not in text and "Entwurf, Stand" not in text, text[:500])
check("text base-ziffern.pdf: table rebuilt",
      "| Vltava Helpdesk s.r.o. | Na Příkopě 22, 110 00 Prag, Tschechische Republik |" in text, text[-1500:])

code, text, err = run("text", os.path.join(FIXTURES, "base-paragraphen.docx"))
check("text base-paragraphen.docx: § numbering", "\n**§ 7 Unterauftragnehmer**\n" in text, text[:300])
check("text base-paragraphen.docx: header/footer/comment absent",
      not any(s in text for s in ("KOPFZEILE", "FUSSZEILE", "KOMMENTAR")), "")

code, text, err = run("text", os.path.join(ROOT, "corpus", "base-ziffern.txt"))
with open(os.path.join(ROOT, "corpus", "base-ziffern.txt"), encoding="utf-8") as f:
    check("text on a .txt prints the text", code == 0 and text == f.read(), err)

# 3. Hostile files ---------------------------------------------------------------
docx_bytes = open(os.path.join(FIXTURES, "base-ziffern.docx"), "rb").read()
pdf_bytes = open(os.path.join(FIXTURES, "base-ziffern.pdf"), "rb").read()


def zip_with(entries, compress=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buf.getvalue()


def lying_bomb():
    """A member that declares 1 KiB but inflates to 70 MiB (headers patched)."""
    data = zip_with([("word/document.xml", b"<" + b"a" * (70 << 20))])
    real = (70 << 20) + 1
    return data.replace(real.to_bytes(4, "little"), (1024).to_bytes(4, "little"))


def corrupt_deflate():
    data = bytearray(docx_bytes)
    start = data.find(b"word/document.xml") + 40
    for i in range(start, start + 200):
        data[i] ^= 0x5A
    return bytes(data)


def nested_docx(depth):
    body = "<w:sdt><w:sdtContent>" * depth + "<w:p/>" + "</w:sdtContent></w:sdt>" * depth
    xml = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + "</w:body></w:document>")
    return zip_with([("word/document.xml", xml)])


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' if i > 1 else
                    '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' for i in range(1, 10))
          + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')

HOSTILE = [
    # (file name, bytes, expect exit 2 (True) or any clean end (None), cause that must be named)
    ("zip-bomb.docx", zip_with([("word/document.xml", b"<" + b"a" * (70 << 20))]), True, "zip bomb"),
    ("zip-bomb-lying.docx", lying_bomb(), True, ""),
    ("many-entries.docx", zip_with([(f"x/{i}", b"") for i in range(10_001)], zipfile.ZIP_STORED), True,
     "entries"),
    ("corrupt.docx", corrupt_deflate(), True, ""),
    ("truncated.docx", docx_bytes[: len(docx_bytes) // 2], True, "ZIP"),
    ("no-document.docx", zip_with([("word/styles.xml", b"<w:styles/>")]), True, "word/document.xml"),
    ("renamed-exe.docx", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200) + b"PE\x00\x00",
     True, "executable"),
    ("text-named.docx", "Nur ein Text.\n".encode(), True, "ZIP"),
    ("nested.docx", nested_docx(100_000), True, "nested"),
    ("laughs.docx", zip_with([("word/document.xml", LAUGHS)]), None, ""),
    ("encrypted.pdf", open(os.path.join(FIXTURES, "encrypted.pdf"), "rb").read(), True, "password"),
    ("truncated.pdf", pdf_bytes[: len(pdf_bytes) // 2], True, "truncated"),
    ("damaged.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n", True, "pdftotext"),
    ("image-only.pdf", open(os.path.join(FIXTURES, "image-only.pdf"), "rb").read(), True,
     "no text layer (scan?): run OCR first"),
    ("random.pdf", bytes(range(256)) * 16, True, "%PDF-"),
]

with tempfile.TemporaryDirectory() as tmp:
    def hostile(name, data, expect_error, cause, env=None, label=None):
        label = label or name
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        start = time.monotonic()
        try:
            code, out, err = run("check", path, env=env, timeout=30)
        except subprocess.TimeoutExpired:
            check(f"hostile {label}", False, "no answer within 30 s")
            return
        took = time.monotonic() - start
        check(f"hostile {label}: within 5 s", took <= 5.0, f"{took:.1f} s")
        check(f"hostile {label}: no crash", 0 <= code <= 2, f"exit {code}: {err[-300:]}")
        check(f"hostile {label}: no sanitizer report", "AddressSanitizer" not in err and "runtime error:" not in err,
              err[:300])
        if expect_error:
            check(f"hostile {label}: exit 2", code == 2, f"exit {code}")
            check(f"hostile {label}: one stderr line naming the file", err.count("\n") == 1 and path in err,
                  repr(err[:300]))
            check(f"hostile {label}: names the cause '{cause}'", cause in err, err.strip())

    for name, data, expect_error, cause in HOSTILE:
        hostile(name, data, expect_error, cause)
    env = dict(os.environ, PATH=os.path.join(tmp, "no-such-dir"))
    hostile("no-pdftotext.pdf", open(os.path.join(FIXTURES, "two-page.pdf"), "rb").read(), True, "poppler-utils",
            env=env, label="pdftotext missing")

if failures:
    print("\n".join(failures))
print(f"formats: {passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
