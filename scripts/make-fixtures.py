#!/usr/bin/env python3
"""Writes the .docx and .pdf test fixtures under tests/fixtures/ from our own corpus
contracts (python3 standard library only; deterministic: same input, same bytes).

    python3 scripts/make-fixtures.py            # from the project root

What it makes and why:
  <name>.docx  a contract as Word would save it: real automatic numbering
               (numbering.xml; "§ N" headings through a numbered paragraph style,
               "(1)", "1.1", annex lists restarted with startOverride, "a)", "(i)"),
               the subprocessor annex as a table, bold headings, a header and a
               footer, a comment, field codes (REF, DOCPROPERTY), hidden text and,
               for the base contracts, tracked changes (w:ins, w:del, a deleted
               numbered paragraph). A number that Word's counters would not give
               (a deliberate gap) is written as plain text, as a person would type it.
  <name>.pdf   the same contract typeset by a tiny PDF writer below (Courier with
               WinAnsi encoding, A4), with a running header, "Seite N von M"
               footers, words hyphenated at line ends and the subprocessor table
               laid out in columns — what pdftotext -layout then has to undo.
  numbering.docx   every numFmt the reader supports, startOverride, lvlRestart,
               isLgl, style-linked levels, a numStyleLink list.
  two-page.pdf  a short two-page text with a running header, "- N -" page numbers
               and hyphenation.
  image-only.pdf  a page holding only an image (a "scan" without text layer).
  encrypted.pdf   a contract page encrypted with a user password (RC4, R2).

LibreOffice is deliberately not used (too big for CI).
"""
import hashlib
import os
import re
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures")

CONTRACTS = [
    # (output name, corpus file, extras: tracked changes, comment, fields, hidden text)
    ("base-ziffern", "corpus/base-ziffern.txt", True),
    ("base-paragraphen", "corpus/base-paragraphen.txt", True),
    ("v31-us-subprocessor", "corpus/variants/v31-us-subprocessor-no-safeguard.txt", False),
    ("v13-liability-excluded", "corpus/variants/v13-liability-excluded.txt", False),
]

# ---------------------------------------------------------------------------
# Reading a corpus contract into blocks
# ---------------------------------------------------------------------------

ANNEX = re.compile(r"^(Anlage|Anhang) \d+\s*[–-]")
PARA_HEAD = re.compile(r"^(§ (\d+))\s+(.*)$")
PARA_SUB = re.compile(r"^(\((\d+)\))\s+(.*)$")
DOTTED2 = re.compile(r"^((\d+)\.(\d+))\s+(.*)$")
DOTTED1 = re.compile(r"^((\d+)\.)\s+(.*)$")
LETTER = re.compile(r"^(([a-z])\))\s+(.*)$")
PLETTER = re.compile(r"^(\(([a-z])\))\s+(.*)$")
PROMAN = re.compile(r"^(\(([ivx]+)\))\s+(.*)$")
BULLET = re.compile(r"^- (.*)$")


def roman(n):
    out = ""
    for v, s in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += s
            n -= v
    return out


def parse_contract(text):
    """Blocks: ("p", lines, bold) | ("num", list, level, label, text, bold) |
    ("bullet", text) | ("table", rows)."""
    lines = text.split("\n")
    blocks = []
    in_annex = False
    letter_before = None
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if not s:
            i += 1
            continue
        if s.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                row = lines[i].strip()
                if not re.fullmatch(r"\|(\s*-+\s*\|)+", row):
                    rows.append([c.strip() for c in row.strip("|").split("|")])
                i += 1
            blocks.append(("table", rows))
            continue
        m = None
        if ANNEX.match(s):
            in_annex = True
            blocks.append(("annex", s))
        elif not in_annex and (m := PARA_HEAD.match(s)):
            blocks.append(("num", "main", 0, m.group(1), m.group(3), True))
        elif not in_annex and (m := PARA_SUB.match(s)):
            blocks.append(("num", "main", 1, m.group(1), m.group(3), False))
        elif not in_annex and (m := DOTTED2.match(s)):
            blocks.append(("num", "main", 1, m.group(1), m.group(4), False))
        elif not in_annex and (m := DOTTED1.match(s)) and not s.endswith("."):
            blocks.append(("num", "main", 0, m.group(1), m.group(3), True))
        elif in_annex and (m := DOTTED1.match(s)):
            blocks.append(("num", "annex", 0, m.group(1), m.group(3), False))
            letter_before = None
        elif in_annex and (m := PROMAN.match(s)) and not (len(m.group(2)) == 1 and letter_before == chr(ord(m.group(2)) - 1)):
            blocks.append(("num", "annex", 2, m.group(1), m.group(3), False))
        elif in_annex and ((m := LETTER.match(s)) or (m := PLETTER.match(s))):
            blocks.append(("num", "annex", 1, m.group(1), m.group(3), False))
            letter_before = m.group(2)
        elif m := BULLET.match(s):
            blocks.append(("bullet", m.group(1)))
        else:
            # consecutive plain lines form one paragraph with line breaks (an address block)
            para = [s]
            while i + 1 < len(lines):
                nxt = lines[i + 1].strip()
                if not nxt or nxt.startswith("|") or ANNEX.match(nxt) or BULLET.match(nxt) or \
                        PARA_HEAD.match(nxt) or PARA_SUB.match(nxt) or DOTTED1.match(nxt) or DOTTED2.match(nxt):
                    break
                para.append(nxt)
                i += 1
            blocks.append(("p", para, False))
        i += 1
    return blocks


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DATE = "2025-04-10T09:00:00Z"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(text, bold=False, extra=""):
    props = ("<w:b/>" if bold else "") + extra
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def paragraph(runs, style=None, num=None, mark_deleted=False, bold=False):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if mark_deleted:
        ppr += f'<w:rPr><w:del w:id="90" w:author="Kanzlei" w:date="{DATE}"/></w:rPr>'
    elif bold:
        ppr += "<w:rPr><w:b/></w:rPr>"
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{runs}</w:p>"


class ListSim:
    """Word's counters for one list, to check that automatic numbering gives the
    literal number of the text (otherwise the number is written as plain text)."""

    def __init__(self, formats):
        self.formats = formats  # level -> function(counters) -> label
        self.counters = [0] * 9

    def label(self, level):
        c = list(self.counters)
        c[level] += 1
        for k in range(level + 1, 9):
            c[k] = 0
        return self.formats[level](c), c

    def take(self, level, literal):
        label, c = self.label(level)
        if label == literal:
            self.counters = c
            return True
        return False


def docx_numbering(paragraphen, annex_paren):
    """numbering.xml for a contract: abstract 1 = main clauses, abstract 2 = annex
    lists (each annex restarts it through its own w:num with startOverride),
    abstract 3 = bullets."""
    def lvl(ilvl, fmt, text, style=None, start=1):
        st = f'<w:pStyle w:val="{style}"/>' if style else ""
        ind = 360 * (ilvl + 1)
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{st}'
                f'<w:lvlText w:val="{esc(text)}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr></w:lvl>')
    if paragraphen:
        main = lvl(0, "decimal", "§ %1", style="Paragraf") + lvl(1, "decimal", "(%2)")
    else:
        main = lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2")
    sub = "(%2)" if annex_paren else "%2)"
    annex = lvl(0, "decimal", "%1.") + lvl(1, "lowerLetter", sub) + lvl(2, "lowerRoman", "(%3)")
    bullets = lvl(0, "bullet", "\uf0b7") + lvl(1, "bullet", "o")
    return main, annex, bullets


def make_docx(name, text, extras):
    blocks = parse_contract(text)
    paragraphen = any(b[0] == "num" and b[3].startswith("§") for b in blocks)
    annex_paren = any(b[0] == "num" and b[1] == "annex" and b[3].startswith("(") and b[2] == 1 for b in blocks)
    main_fmt = {0: (lambda c: f"§ {c[0]}") if paragraphen else (lambda c: f"{c[0]}."),
                1: (lambda c: f"({c[1]})") if paragraphen else (lambda c: f"{c[0]}.{c[1]}")}
    annex_fmt = {0: lambda c: f"{c[0]}.", 1: (lambda c: f"({chr(96 + c[1])})") if annex_paren else
                 (lambda c: f"{chr(96 + c[1])})"), 2: lambda c: f"({roman(c[2])})"}
    sims = {"main": ListSim(main_fmt)}
    num_ids = {"main": 1}
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>',
            '<w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num>']
    next_num = 3
    body = []
    manual = 0

    # Extras (base contracts): edits located by literal text, each must match once.
    edits = {}
    if extras:
        edits = {
            "deleted_after": ("2.3 " if not paragraphen else "(3) Der Auftraggeber übermittelt"),
            "ins_word": "unverzüglich",
            "del_after": "Gerichtsstand ist ",
            "field_ref": "nach Ziffer 10" if not paragraphen else "nach § 9",
        }

    def body_runs(s, bold=False):
        if not extras:
            return run(s, bold)
        # a field: "Ziffer 10" where "10" is the result of a REF field
        ref = edits["field_ref"]
        if ref in s and not edits.get("ref_done"):
            edits["ref_done"] = True
            head, tail = s.split(ref, 1)
            word, number = ref.rsplit(" ", 1)
            return (body_runs(head + word + " ", bold) +
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> REF _Ref_Klausel \\r \\h </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(number, bold) +
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + body_runs(tail, bold))
        word = edits["ins_word"]
        if word in s and not edits.get("ins_done"):
            edits["ins_done"] = True
            head, tail = s.split(word, 1)
            return (body_runs(head, bold) +
                    f'<w:ins w:id="91" w:author="Kanzlei" w:date="{DATE}">{run(word, bold)}</w:ins>' +
                    body_runs(tail, bold))
        anchor = edits["del_after"]
        if anchor in s and not edits.get("del_done"):
            edits["del_done"] = True
            head, tail = s.split(anchor, 1)
            return (run(head + anchor, bold) +
                    f'<w:del w:id="92" w:author="Kanzlei" w:date="{DATE}"><w:r><w:delText>Hamburg und </w:delText></w:r></w:del>' +
                    run(tail, bold) +
                    run(" VERSTECKTER HINWEIS", extra="<w:vanish/>"))
        return run(s, bold)

    for b in blocks:
        kind = b[0]
        if kind == "annex":
            # a new annex restarts the annex list: a new w:num with startOverride
            sims["annex"] = ListSim(annex_fmt)
            num_ids["annex"] = next_num
            nums.append(f'<w:num w:numId="{next_num}"><w:abstractNumId w:val="2"/>'
                        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
            next_num += 1
            body.append(paragraph(run(b[1], True), bold=True))
        elif kind == "num":
            _, lst, level, label, content, bold = b
            if sims[lst].take(level, label):
                style = "Paragraf" if (lst == "main" and level == 0 and paragraphen) else None
                num = None if style else (num_ids[lst], level)
                if extras and lst == "main" and "Haftung" == content and not edits.get("comment_done"):
                    edits["comment_done"] = True
                    runs = ('<w:commentRangeStart w:id="0"/>' + run(content, bold) + '<w:commentRangeEnd w:id="0"/>'
                            '<w:r><w:commentReference w:id="0"/></w:r>')
                else:
                    runs = body_runs(content, bold)
                body.append(paragraph(runs, style=style, num=num, bold=bold))
            else:
                manual += 1
                body.append(paragraph(body_runs(f"{label} {content}", bold)))
            if extras and not edits.get("deleted_done") and (label + " " + content).startswith(edits["deleted_after"]):
                edits["deleted_done"] = True
                # a whole numbered clause deleted with tracked changes: gone in the accepted
                # state, so it must not take a number either
                deleted = (f'<w:del w:id="93" w:author="Kanzlei" w:date="{DATE}"><w:r><w:delText>'
                           'Der Auftragnehmer darf die Daten auch für eigene Zwecke nutzen und an Dritte verkaufen.'
                           '</w:delText></w:r></w:del>')
                body.append(paragraph(deleted, num=(num_ids["main"], 1), mark_deleted=True))
        elif kind == "bullet":
            body.append(paragraph(body_runs(b[1]), num=(2, 0)))
        elif kind == "p":
            lines = b[1]
            runs = '<w:r><w:br/></w:r>'.join(body_runs(x) for x in lines)
            if extras and lines[0].startswith("nach Art. 28"):
                runs = run("nach Art. 28 der Datenschutz-Grundverordnung (") + \
                    '<w:fldSimple w:instr=" DOCPROPERTY Verordnung \\* MERGEFORMAT ">' + run("DSGVO") + \
                    "</w:fldSimple>" + run(")")
                assert lines == ["nach Art. 28 der Datenschutz-Grundverordnung (DSGVO)"], lines
            # a bold heading in the front matter (the extractor must not make it a subheading)
            front_heading = lines == ["Vorbemerkung"]
            if front_heading:
                runs = run(lines[0], True)
            body.append(paragraph(runs, bold=front_heading))
        elif kind == "table":
            rows = b[1]
            cols = max(len(r) for r in rows)
            grid = "".join('<w:gridCol w:w="2400"/>' for _ in range(cols))
            trs = []
            for ri, r in enumerate(rows):
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>'
                                f'{paragraph(run(c, ri == 0))}</w:tc>' for c in r + [""] * (cols - len(r)))
                header = "<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else ""
                trs.append(f"<w:tr>{header}{cells}</w:tr>")
            body.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="Tabellenraster"/><w:tblW w:w="0" w:type="auto"/>'
                        f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')
    if extras:
        for key in ("ref_done", "ins_done", "del_done", "comment_done", "deleted_done"):
            assert edits.get(key), f"{name}: extra edit {key} found no place"

    main_lvls, annex_lvls, bullet_lvls = docx_numbering(paragraphen, annex_paren)
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
                 f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>{main_lvls}</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>{annex_lvls}</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="hybridMultilevel"/>{bullet_lvls}</w:abstractNum>'
                 f'{"".join(nums)}</w:numbering>')
    para_style = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Paragraf"><w:name w:val="Paragraf"/>'
                  '<w:basedOn w:val="berschrift1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
              '<w:sz w:val="22"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/>'
              '<w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Standard"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>' + para_style +
              '<w:style w:type="table" w:styleId="Tabellenraster"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>')
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
            '<w:footerReference w:type="default" r:id="rIdFooter"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417"'
            ' w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}{sect}</w:body></w:document>')
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{W}">'
              f'{paragraph(run("KOPFZEILE Entwurf – vertraulich"))}</w:hdr>')
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W}">'
              '<w:p><w:r><w:t xml:space="preserve">FUSSZEILE Seite </w:t></w:r>'
              '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>')
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}">'
                f'<w:comment w:id="0" w:author="Kanzlei" w:date="{DATE}" w:initials="KZ">'
                f'{paragraph(run("KOMMENTAR: Haftungsbegrenzung mit Mandant abstimmen"))}</w:comment></w:comments>')
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
            '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
            '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
            '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>'),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
            '</Relationships>'),
        "word/document.xml": document,
        "word/styles.xml": styles,
        "word/numbering.xml": numbering,
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "word/comments.xml": comments,
    }
    return write_zip(parts), manual


def write_zip(parts):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def make_numbering_docx():
    """One paragraph per numbering feature; the test knows the labels Word shows."""
    def lvl(ilvl, fmt, text, start=1, extra=""):
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
                f'<w:lvlText w:val="{esc(text)}"/></w:lvl>')
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
        # 10: all formats on one list
        '<w:abstractNum w:abstractNumId="10">' +
        lvl(0, "upperRoman", "%1.") + lvl(1, "upperLetter", "%2.") + lvl(2, "decimal", "%1.%3") +
        lvl(3, "lowerLetter", "(%4)") + lvl(4, "lowerRoman", "%5)") + lvl(5, "decimalZero", "%6 -") +
        lvl(6, "bullet", "\uf0a7") + lvl(7, "none", "") +
        lvl(8, "decimal", "%1.%3.%9", extra='<w:isLgl/>') + '</w:abstractNum>'
        # 11: style-linked headings ("Artikel 1") and lvlRestart 0 on level 1 (never restarts)
        '<w:abstractNum w:abstractNumId="11">' +
        lvl(0, "decimal", "Artikel %1", extra='<w:pStyle w:val="Artikel"/><w:suff w:val="space"/>') +
        lvl(1, "decimal", "Nr. %2", extra='<w:lvlRestart w:val="0"/>') + '</w:abstractNum>'
        # 12: a list defined through a numbering style (numStyleLink → styleLink)
        '<w:abstractNum w:abstractNumId="12"><w:styleLink w:val="Rechtsliste"/>' +
        lvl(0, "decimal", "%1.") + lvl(1, "lowerLetter", "%2)") + '</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="13"><w:numStyleLink w:val="Rechtsliste"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="10"/>'
        '<w:lvlOverride w:ilvl="3"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="11"/></w:num>'
        '<w:num w:numId="4"><w:abstractNumId w:val="12"/></w:num>'
        '<w:num w:numId="5"><w:abstractNumId w:val="13"/></w:num>'
        '<w:num w:numId="6"><w:abstractNumId w:val="10"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>'
        '</w:numbering>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Artikel"><w:name w:val="Artikel"/><w:basedOn w:val="Standard"/>'
              '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ArtikelUnter"><w:name w:val="Artikel Unter"/>'
              '<w:basedOn w:val="Artikel"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>'
              '<w:rPr><w:b w:val="0"/></w:rPr></w:style>'
              '<w:style w:type="numbering" w:styleId="Rechtsliste"><w:name w:val="Rechtsliste"/>'
              '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>'
              '</w:styles>')

    def p(text, num=None, style=None):
        return paragraph(run(text), style=style, num=num)
    body = [
        p("Formate"),
        p("Abschnitt eins", (1, 0)),            # I.
        p("Teil A", (1, 1)),                     # A.
        p("Teil B", (1, 1)),                     # B.
        p("Klausel", (1, 2)),                    # 2.1  (upperRoman shown as decimal? no: %1 is I)
        p("Buchstabe", (1, 3)),                  # (a)
        p("Buchstabe", (1, 3)),                  # (b)
        p("Römisch", (1, 4)),                    # i)
        p("Römisch", (1, 4)),                    # ii)
        p("Null", (1, 5)),                       # 01 -
        p("Punkt", (1, 6)),                      # •
        p("Ohne Nummer", (1, 7)),                # (no label)
        p("Juristisch", (1, 8)),                 # isLgl: 1.1.1
        p("Abschnitt zwei", (1, 0)),             # II.   (restarts levels 1..8)
        p("Teil A neu", (1, 1)),                 # A.
        p("Buchstabe mit Startwert", (2, 3)),    # (e)   startOverride 5 on another w:num of the same list
        p("Buchstabe weiter", (2, 3)),           # (f)
        p("Neu ab vier", (6, 0)),                # IV.   startOverride 4
        p("Erster Artikel", style="Artikel"),    # Artikel 1   (style-linked, suffix space)
        p("Unterpunkt", style="ArtikelUnter"),   # Nr. 1
        p("Zweiter Artikel", style="Artikel"),   # Artikel 2
        p("Unterpunkt", style="ArtikelUnter"),   # Nr. 2   (lvlRestart 0: never restarts)
        p("Listenstil eins", (5, 0)),            # 1.   (numStyleLink)
        p("Listenstil Buchstabe", (5, 1)),       # a)
        p("Nummer entfernt", (0, 0)),            # numId 0: no number
        p("Weiter im Listenstil", (4, 0)),       # 2.   (num 4 and 5 share one list)
    ]
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W}"><w:body>{"".join(body)}</w:body></w:document>')
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>'),
        "word/document.xml": document,
        "word/styles.xml": styles,
        "word/numbering.xml": numbering,
    }
    return write_zip(parts)


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

# Characters outside Windows-1252 get a free code point through /Differences.
EXTRA_GLYPHS = {"ř": "rcaron", "ě": "ecaron", "Ř": "Rcaron", "ů": "uring", "č": "ccaron", "ł": "lslash"}
FREE_CODES = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

MARKER = re.compile(r"^(\d+\.|\d+\)|[a-z]\)|\([a-z0-9]+\)|§|-|–|•|\||Anlage\b|Anhang\b)")


def pdf_string(s, extra_codes):
    out = bytearray()
    for ch in s:
        if ch in extra_codes:
            out.append(extra_codes[ch])
        else:
            out += ch.encode("cp1252")
    return b"(" + bytes(out).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def wrap(text, width, hyphenate=True):
    """Greedy word wrap; long plain words may be hyphenated; a wrapped line never
    starts with something that reads like a list or clause marker."""
    words = text.split(" ")
    lines, cur = [], ""
    i = 0
    while i < len(words):
        w = words[i]
        cand = w if not cur else cur + " " + w
        if len(cand) <= width:
            cur = cand
            i += 1
            continue
        room = width - len(cur) - (1 if cur else 0) - 1
        if hyphenate and w.isalpha() and len(w) >= 10 and room >= 5 and len(w) - room >= 4 and \
                w[room:].lower() not in ("und", "oder", "sowie") and w[room].islower():
            lines.append((cur + " " if cur else "") + w[:room] + "-")
            words[i] = w[room:]
            cur = ""
            continue
        if not cur:  # a single word longer than the line
            lines.append(w)
            i += 1
            continue
        # do not begin the next line with a marker: move words down until it does not
        while MARKER.match(w) and " " in cur:
            cur, last = cur.rsplit(" ", 1)
            w = last + " " + w
            words[i] = w  # the merged head now starts the next line
        lines.append(cur)
        cur = ""
    if cur:
        lines.append(cur)
    return lines


class PdfWriter:
    """Just enough PDF: Courier text (WinAnsi + /Differences), optional images,
    optional RC4 encryption (standard security handler, revision 2)."""

    def __init__(self, width=595, height=842):
        self.width, self.height = width, height
        self.pages = []  # list of (content bytes, uses_image)
        self.extra_codes = {}

    def code_for(self, ch):
        if ch not in self.extra_codes:
            self.extra_codes[ch] = FREE_CODES[len(self.extra_codes)]
        return self.extra_codes[ch]

    def text_ops(self, items):
        """items: (x, y, size, text)"""
        ops = []
        for x, y, size, text in items:
            for ch in text:
                try:
                    ch.encode("cp1252")
                except UnicodeEncodeError:
                    self.code_for(ch)
            ops.append(b"BT /F1 %d Tf %.2f %.2f Td " % (size, x, y) + pdf_string(text, self.extra_codes) + b" Tj ET")
        return b"\n".join(ops)

    def add_page(self, content, image=False):
        self.pages.append((content, image))

    def build(self, user_password=None):
        objs = {}
        n_pages = len(self.pages)
        # 1 catalog, 2 pages, 3 font, 4 image, then page/content pairs
        diffs = " ".join(f"{code} /{EXTRA_GLYPHS[ch]}" for ch, code in sorted(self.extra_codes.items(), key=lambda x: x[1]))
        enc = f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{diffs}] >>" if diffs else "/WinAnsiEncoding"
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
        objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode()
        objs[3] = f"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding {enc} >>".encode()
        img = bytes((x * 37 + y * 11) % 256 for y in range(16) for x in range(16))
        objs[4] = ("stream", b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray "
                   b"/BitsPerComponent 8 /Filter /FlateDecode", zlib.compress(img, 9))
        for i, (content, image) in enumerate(self.pages):
            res = b"<< /Font << /F1 3 0 R >>" + (b" /XObject << /Im1 4 0 R >>" if image else b"") + b" >>"
            objs[5 + 2 * i] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources " % (self.width, self.height)
                               + res + b" /Contents %d 0 R >>" % (6 + 2 * i))
            objs[6 + 2 * i] = ("stream", b"<< /Filter /FlateDecode", zlib.compress(content, 9))
        file_id = hashlib.md5(b"avvlint-fixture" + bytes(str(n_pages), "ascii")).digest()
        key = None
        encrypt_num = None
        if user_password is not None:
            key, o_entry, u_entry = rc4_keys(user_password.encode(), b"owner-" + user_password.encode(), -44, file_id)
            encrypt_num = max(objs) + 1
            objs[encrypt_num] = (b"<< /Filter /Standard /V 1 /R 2 /O <" + o_entry.hex().encode() + b"> /U <" +
                                 u_entry.hex().encode() + b"> /P -44 >>")
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for num in sorted(objs):
            offsets[num] = len(out)
            obj = objs[num]
            out += b"%d 0 obj\n" % num
            if isinstance(obj, tuple):
                _, head, data = obj
                if key is not None:
                    data = rc4(object_key(key, num), data)
                out += head + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
            else:
                out += obj  # no literal strings outside streams: nothing else to encrypt
            out += b"\nendobj\n"
        xref = len(out)
        size = max(objs) + 1
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for num in range(1, size):
            out += b"%010d 00000 n \n" % offsets[num]
        trailer = b"<< /Size %d /Root 1 0 R /ID [<%s> <%s>]" % (size, file_id.hex().encode(), file_id.hex().encode())
        if encrypt_num:
            trailer += b" /Encrypt %d 0 R" % encrypt_num
        out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def rc4_keys(user, owner, p, file_id):
    upad = (user + PAD)[:32]
    opad = (owner + PAD)[:32]
    o_key = hashlib.md5(opad).digest()[:5]
    o_entry = rc4(o_key, upad)
    key = hashlib.md5(upad + o_entry + (p & 0xFFFFFFFF).to_bytes(4, "little") + file_id).digest()[:5]
    return key, o_entry, rc4(key, PAD)


def object_key(key, num):
    return hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]


class Typesetter:
    """Lays text out on pages: body lines counted from the top margin, each page
    later framed by a running header and a page-number footer."""

    def __init__(self, page_height, body_lines=None):
        self.height = page_height
        self.left, self.top, self.lead = 56, page_height - 70, 12
        self.per_page = body_lines or (self.top - 60) // self.lead
        self.pages = [[]]  # per page: (x, line index, font size, text)
        self.cursor = 0

    def new_page(self):
        self.pages.append([])
        self.cursor = 0

    def put(self, text, x=None, size=10, same_line=False):
        if same_line and self.pages[-1]:
            self.pages[-1].append((x, self.pages[-1][-1][1], size, text))
            return
        if self.cursor >= self.per_page:
            self.new_page()
        self.pages[-1].append((self.left if x is None else x, self.cursor, size, text))
        self.cursor += 1

    def gap(self):
        if self.cursor > 0:
            self.cursor += 1

    def table(self, rows):
        """Columns at fixed x positions, cells wrapped to their column width (7 pt
        Courier), an empty line between rows; the table is kept on one page."""
        total, char_w = 112, 7 * 0.6
        cols = max(len(r) for r in rows)
        longest = [max(len(r[c]) if c < len(r) else 0 for r in rows) for c in range(cols)]
        widths = [max(10, int(total * n / sum(longest))) for n in longest]
        wrapped = [[wrap(r[c] if c < len(r) else "", widths[c] - 3, hyphenate=False) for c in range(cols)]
                   for r in rows]
        height = sum(max(len(c) for c in r) + 1 for r in wrapped)
        if self.cursor + height > self.per_page and self.cursor > 0:
            self.new_page()
        for r in wrapped:
            for k in range(max(len(c) for c in r)):
                x, first = self.left, True
                for c in range(cols):
                    if k < len(r[c]) and r[c][k]:
                        self.put(r[c][k], x=x, size=7, same_line=not first)
                        first = False
                    x += widths[c] * char_w
                if first:
                    self.put("", size=7)
            self.gap()


def typeset(text, header, footer_style="seite", page_height=842, body_lines=None):
    """Lays the contract out on pages; returns a PdfWriter."""
    ts = Typesetter(page_height, body_lines)
    chars = 80  # Courier 10 pt: 6 pt a character
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        s = lines[i].rstrip()
        if not s.strip():
            ts.gap()
            i += 1
            continue
        if s.strip().startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                r = lines[i].strip()
                if not re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", r):
                    rows.append([c.strip() for c in r.strip("|").split("|")])
                i += 1
            ts.table(rows)
            continue
        indent = len(s) - len(s.lstrip())
        for piece in wrap(s.strip(), chars - indent):
            ts.put(piece, x=ts.left + 6 * indent)
        i += 1
    pdf = PdfWriter(height=page_height)
    n = len(ts.pages)
    for number, items in enumerate(ts.pages, 1):
        ops = [(ts.left, page_height - 40, 8, header)]
        for x, idx, size, line in items:
            if line:
                ops.append((x, ts.top - idx * ts.lead, size, line))
        footer = f"Seite {number} von {n}" if footer_style == "seite" else f"- {number} -"
        ops.append((ts.left + 200, 30, 8, footer))
        pdf.add_page(pdf.text_ops(ops))
    return pdf


def make_pdf(text, header):
    return typeset(text, header).build()


def make_two_page_pdf():
    text = ("Vereinbarung zur Auftragsverarbeitung\n\n"
            "1. Gegenstand\n\n"
            "1.1 Der Auftragnehmer verarbeitet personenbezogene Daten ausschließlich im Auftrag und nach "
            "dokumentierter Weisung des Auftraggebers; die Einzelheiten der Datenverarbeitungsvorgänge ergeben "
            "sich aus der Leistungsbeschreibung.\n\n"
            "1.2 Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener "
            "Personen und meldet Datenschutzverletzungen unverzüglich.\n\n"
            # wraps after "Vertriebs-" (an elided compound: the hyphen stays) and inside
            # "Vertraulichkeitsverpflichtung" (a typesetter's hyphen: joined again)
            "1.3 Zu diesem Zweck betreut der Auftragnehmer die eigenen digitalen Vertriebs- und "
            "Servicesysteme des Auftraggebers und gewährleistet die Vertraulichkeitsverpflichtung aller "
            "Mitarbeiter.\n\n"
            "2. Vertraulichkeit\n\n"
            "2.1 Die Beschäftigten des Auftragnehmers sind auf die Vertraulichkeit verpflichtet; die "
            "Verpflichtung besteht nach Beendigung der Tätigkeit fort.\n\n"
            "2.2 Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen nach Art. 32 DSGVO.\n")
    pdf = typeset(text, "Vertraulich – Muster GmbH / Beispiel AG", footer_style="dash", page_height=300, body_lines=12)
    assert len(pdf.pages) == 2, len(pdf.pages)
    laid_out = "\n".join(line for para in text.split("\n") for line in wrap(para, 80))
    assert "Vertriebs-\nund" in laid_out and "Vertraulichkeitsverp-\nflichtung" in laid_out, laid_out
    return pdf.build()


def make_image_only_pdf():
    pdf = PdfWriter()
    pdf.add_page(b"q 400 0 0 560 100 140 cm /Im1 Do Q", image=True)
    return pdf.build()


def make_encrypted_pdf(text):
    pdf = typeset("\n".join(text.split("\n")[:30]), "Vertraulich")
    return pdf.build(user_password="geheim")


def main():
    os.makedirs(OUT, exist_ok=True)
    written = []

    def write(name, data):
        path = os.path.join(OUT, name)
        with open(path, "wb") as f:
            f.write(data)
        assert len(data) < 100 * 1024, f"{name} is {len(data)} bytes (limit 100 KB)"
        written.append((name, len(data)))

    for name, source, extras in CONTRACTS:
        text = open(os.path.join(ROOT, source), encoding="utf-8").read()
        docx, manual = make_docx(name, text, extras)
        write(name + ".docx", docx)
        if manual:
            print(f"{name}.docx: {manual} number(s) written as plain text (Word's counters would differ)")
        write(name + ".pdf", make_pdf(text, f"Auftragsverarbeitung {name} – Entwurf, Stand 10.04.2025"))
    write("numbering.docx", make_numbering_docx())
    write("two-page.pdf", make_two_page_pdf())
    write("image-only.pdf", make_image_only_pdf())
    write("encrypted.pdf", make_encrypted_pdf(open(os.path.join(ROOT, "corpus/base-ziffern.txt"), encoding="utf-8").read()))
    for name, size in written:
        print(f"tests/fixtures/{name}: {size} bytes")


if __name__ == "__main__":
    sys.exit(main())
