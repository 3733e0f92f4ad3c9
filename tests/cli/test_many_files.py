#!/usr/bin/env python3
"""Many files (`check DIR`, -j N) — issue #6.

A directory is searched for .txt, .md, .docx and .pdf files (hidden directories and
files skipped) in sorted order; -j N lints in parallel and prints in input order,
so the output is byte-identical to -j 1. The stress part runs `check corpus/ -j 2`
twice and once with -j 1 (text and JSON) and compares bytes: a data race in a
shared cache of the rule pack would show up as differing output or a crash.

usage: test_many_files.py BUILD/avvlint PROJECT_ROOT
"""
import json
import os
import shutil

from clitest import ROOT, check, finish, project, run, write

CORPUS = os.path.join(ROOT, "corpus")

# Stress: the whole corpus, in parallel and not, text and JSON.
for fmt in ("text", "json"):
    runs = [run("check", "--format", fmt, "--no-config", *j, "corpus/", cwd=ROOT) for j in (["-j", "2"], ["-j", "2"], ["-j", "1"], [])]
    codes = {c for c, _, _ in runs}
    check(f"{fmt}: corpus exit codes", codes == {1}, str(codes))
    check(f"{fmt}: -j 2 twice byte-identical", runs[0][1] == runs[1][1] and runs[0][2] == runs[1][2], "outputs differ")
    check(f"{fmt}: -j 2 identical to -j 1", runs[0][1] == runs[2][1], "outputs differ")
    check(f"{fmt}: -j 1 is the default", runs[2][1] == runs[3][1], "outputs differ")
    check(f"{fmt}: no progress line when stderr is not a terminal", runs[0][2] == "", runs[0][2][:200])
code, out, err = run("check", "--format", "json", "-j4", "corpus", cwd=ROOT)
paths = [d["path"] for d in json.loads(out)["documents"]]
want = sorted((os.path.relpath(os.path.join(d, f), ROOT) for d, _, fs in os.walk(CORPUS) for f in fs
               if f.endswith((".txt", ".md"))), key=lambda p: p.split(os.sep))
check("corpus: every contract once, sorted", paths == want, f"{paths[:3]} vs {want[:3]}")
check("-j4 same as -j 2", out == run("check", "--format", "json", "-j", "2", "corpus", cwd=ROOT)[1], "outputs differ")
code0, out0, _ = run("check", "--format", "json", "-j", "0", "corpus", cwd=ROOT)
check("-j 0: one job per CPU, same output", out0 == out, "outputs differ")

with project() as root:
    d = os.path.join(root, "vertraege")
    good = open(os.path.join(CORPUS, "base-ziffern.txt"), encoding="utf-8").read()
    write(os.path.join(d, "b.txt"), good)
    write(os.path.join(d, "a.md"), good)
    write(os.path.join(d, "sub", "c.TXT"), good)
    write(os.path.join(d, ".hidden", "x.txt"), good)
    write(os.path.join(d, ".versteckt.txt"), good)
    write(os.path.join(d, "notes.json"), "{}")
    write(os.path.join(d, "leer.txt"), "")
    shutil.copy(os.path.join(ROOT, "tests", "fixtures", "base-ziffern.docx"), os.path.join(d, "sub", "d.docx"))
    code, out, err = run("check", "--format", "json", "-j", "3", "vertraege/", cwd=root)
    paths = [x["path"] for x in json.loads(out)["documents"]]
    check("directory walk", paths == ["vertraege/a.md", "vertraege/b.txt", "vertraege/sub/c.TXT", "vertraege/sub/d.docx"],
          str(paths))
    check("a bad file in a directory: exit 2, one line, others reported",
          code == 2 and err.count("\n") == 1 and "vertraege/leer.txt" in err, f"exit {code} {err}")
    code, out, err = run("check", "vertraege", "vertraege/b.txt", cwd=root)
    check("directories and files mixed", code == 2 and out.count("vertraege/b.txt: 0 Fehler") == 2, out[-500:])

    os.makedirs(os.path.join(root, "leer"))
    write(os.path.join(root, "leer", "readme.rst"), "x")
    code, out, err = run("check", "leer", "vertraege/b.txt", cwd=root)
    check("a directory without contracts", code == 2 and "leer: no .txt, .md, .docx or .pdf file" in err
          and "vertraege/b.txt: 0 Fehler" in out, f"exit {code} {err}")

    code, out, err = run("check", "-j", "x", "vertraege", cwd=root)
    check("bad -j", code == 2 and "-j must be" in err, err)
    code, out, err = run("check", "--jobs=2", "vertraege/b.txt", cwd=root)
    check("--jobs=2", code == 0, f"exit {code} {err}")

finish("many-files")
