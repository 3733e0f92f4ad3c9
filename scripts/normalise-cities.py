#!/usr/bin/env python3
"""Rewrites rules/data/cities.tsv with lookup keys exactly as avvlint builds them
(engine/analysis/places.cpp place_key: German case folding, punctuation to spaces),
merged and sorted bytewise, so the linter can binary-search the embedded table
without parsing it. Run after scripts/gen-cities.py."""
import pathlib
import sys

FOLD = {"ä": "a", "Ä": "a", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u", "ß": "ss", "ẞ": "ss",
        "é": "e", "É": "e", "è": "e", "È": "e", "á": "a", "Á": "a", "à": "a", "À": "a",
        "ó": "o", "ò": "o", "Ó": "o", "ã": "a", "Ã": "a", "ç": "c", "Ç": "c"}


def is_letter(ch: str) -> bool:
    if ord(ch) < 0x80:
        return ch.isalnum()
    b = ch.encode("utf-8")
    if b[0] in (0xC2, 0xE2):  # NBSP, §, «, typographic quotes and dashes
        return False
    return ch not in "×÷"


def place_key(text: str) -> str:
    out, space = [], True
    for ch in text:
        ch = FOLD.get(ch, ch.lower() if ord(ch) < 0x80 else ch)
        for c in ch:
            if is_letter(c):
                out.append(c)
                space = False
            elif not space:
                out.append(" ")
                space = True
    return "".join(out).strip()


def main():
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "rules/data/cities.tsv")
    header, rows = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            header.append(line)
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        key = place_key(parts[0])
        if len(key) < 3:
            continue
        pop = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
        cur = rows.setdefault((key, parts[1]), 0)
        rows[(key, parts[1])] = max(cur, pop)
    if not any("normalised" in h for h in header):
        header.append("# keys normalised and sorted bytewise by scripts/normalise-cities.py (name<TAB>country<TAB>population)")
    lines = sorted(rows.items(), key=lambda kv: (kv[0][0].encode("utf-8"), -kv[1], kv[0][1]))
    body = "\n".join(f"{k}\t{cc}\t{pop}" for (k, cc), pop in lines)
    path.write_text("\n".join(header) + "\n" + body + "\n", encoding="utf-8")
    print(f"{path}: {len(lines)} entries")


if __name__ == "__main__":
    main()
