#!/usr/bin/env python3
"""SARIF output: valid against the OASIS SARIF 2.1.0 schema, and faithful to the findings.

Usage: test_sarif.py AVVLINT SOURCE_DIR [SHARED_DIR]

Validates `check --format sarif` of the seed contract (SHARED_DIR/seed, skipped when
absent) and of every corpus contract (corpus/**/*.txt, corpus/*.md) against the
vendored schema tests/data/sarif-schema-2.1.0.json (see docs/data-sources.md), then
checks what the schema cannot: results match the JSON report (rule, level, line,
column, message), rule indices point at the right rule, fingerprints carry no line
numbers (they survive inserted lines) and are unique, relative URIs, the report
language, determinism and -o/--output.

Needs the Python package jsonschema (Debian: python3-jsonschema, installed by
scripts/install-deps.sh); exits 77 (skipped) when neither this interpreter nor
/usr/bin/python3 has it.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    print("SKIP: the Python package jsonschema is missing (apt-get install python3-jsonschema)")
    sys.exit(77)

BIN = os.path.abspath(sys.argv[1])
SOURCE_DIR = os.path.abspath(sys.argv[2])
SHARED_DIR = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else os.path.join(SOURCE_DIR, "..", "shared")
SCHEMA_PATH = os.path.join(SOURCE_DIR, "tests", "data", "sarif-schema-2.1.0.json")
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
failures = []


def check(name, cond, detail=""):
    if not cond:
        failures.append(f"{name}: {detail}")


def run(*args, cwd=SOURCE_DIR):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120, cwd=cwd)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def sarif_of(*args, cwd=SOURCE_DIR):
    code, out, err = run("check", "--format", "sarif", *args, cwd=cwd)
    check(f"exit code {args}", code in (0, 1), f"exit {code}: {err}")
    return out


schema = json.load(open(SCHEMA_PATH, encoding="utf-8"))
Validator = jsonschema.validators.validator_for(schema)
Validator.check_schema(schema)
validator = Validator(schema, format_checker=Validator.FORMAT_CHECKER)


def validate(name, text):
    try:
        log = json.loads(text)
    except json.JSONDecodeError as e:
        failures.append(f"{name}: not JSON: {e}")
        return None
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        failures.append(f"{name}: schema: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
    return log


def faithful(name, log, report):
    """The SARIF run says what the JSON report says."""
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    check(f"{name}: columnKind", run_.get("columnKind") == "unicodeCodePoints", run_.get("columnKind"))
    check(f"{name}: version", log.get("version") == "2.1.0" and "$schema" in log)
    check(f"{name}: no informationUri", "informationUri" not in run_["tool"]["driver"]
          and all("helpUri" not in r for r in rules))
    check(f"{name}: 23 requirement taxa", len(run_["taxonomies"][0]["taxa"]) == 23)
    for r in rules:
        for key in ("id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration", "properties"):
            check(f"{name}: rule {r.get('id')} has {key}", key in r)
        check(f"{name}: rule {r['id']} help markdown", r["help"].get("markdown") and r["help"].get("text"))
        check(f"{name}: rule {r['id']} legal basis", "legalBasis" in r["properties"])
    results = run_["results"]
    findings = [f for d in report["documents"] for f in d["findings"]]
    check(f"{name}: result count", len(results) == len(findings), f"{len(results)} vs {len(findings)}")
    by_artifact = {}
    for res, f in zip(results, findings):
        where = f"{name}: {f['rule']} line {f['line']}"
        check(f"{where}: ruleId", res["ruleId"] == f["rule"], res["ruleId"])
        check(f"{where}: ruleIndex", rules[res["ruleIndex"]]["id"] == res["ruleId"], res.get("ruleIndex"))
        check(f"{where}: level", res["level"] == LEVELS[f["severity"]], res["level"])
        check(f"{where}: message", res["message"]["text"] == f["message"], res["message"]["text"])
        loc = res["locations"][0]
        region = loc["physicalLocation"]["region"]
        check(f"{where}: region", (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"])
              == (f["line"], f["column"], f["end_line"], f["end_column"]), str(region))
        if f["clause"]:
            check(f"{where}: clause", loc["logicalLocations"][0]["name"] == f["clause"], str(loc.get("logicalLocations")))
        check(f"{where}: related", len(res.get("relatedLocations", [])) == len(f["related"]))
        for rl, fr in zip(res.get("relatedLocations", []), f["related"]):
            check(f"{where}: related line", rl["physicalLocation"]["region"]["startLine"] == fr["line"])
            check(f"{where}: related message", rl["message"]["text"] == fr["message"])
        fp = res["partialFingerprints"]["avvlint/v1"]
        by_artifact.setdefault(loc["physicalLocation"]["artifactLocation"]["index"], []).append(fp)
    for index, fps in by_artifact.items():
        check(f"{name}: fingerprints unique in artifact {index}", len(fps) == len(set(fps)))


corpus = sorted(glob.glob(os.path.join(SOURCE_DIR, "corpus", "**", "*.txt"), recursive=True))
corpus += sorted(p for p in glob.glob(os.path.join(SOURCE_DIR, "corpus", "*.md")) if os.path.basename(p) != "README.md")
seed = os.path.join(SHARED_DIR, "seed", "avv-kreativburschen.txt")
inputs = ([seed] if os.path.exists(seed) else []) + corpus
if not os.path.exists(seed):
    print(f"note: seed contract {seed} absent; validating the corpus only")
check("corpus found", len(corpus) > 10, str(len(corpus)))

validated = 0
for path in inputs:
    rel = os.path.relpath(path, SOURCE_DIR)
    arg = rel if not rel.startswith("..") else path
    log = validate(rel, sarif_of(arg))
    if log is None:
        continue
    validated += 1
    code, out, err = run("check", "--format", "json", arg)
    faithful(rel, log, json.loads(out))
    uri = log["runs"][0]["artifacts"][0]["location"]["uri"]
    if not rel.startswith(".."):
        check(f"{rel}: relative uri", uri == rel, uri)

# All corpus contracts in one run: one artifact each, results point at their artifact.
everything = [os.path.relpath(p, SOURCE_DIR) for p in corpus]
log = validate("all corpus contracts in one run", sarif_of(*everything))
if log:
    code, out, err = run("check", "--format", "json", *everything)
    faithful("all corpus contracts", log, json.loads(out))
    check("one artifact per document", len(log["runs"][0]["artifacts"]) == len(everything))

with tempfile.TemporaryDirectory() as tmp:
    base = os.path.join(SOURCE_DIR, "corpus", "base-ziffern.txt")
    text = open(base, encoding="utf-8").read()
    blank = text + "\nAnlage 9 – Unterauftragsverarbeiter\n\n| Name | Leistung | Ort |\n|---|---|---|\n| _____ | _____ | _____ |\n"
    a = os.path.join(tmp, "a.txt")
    b = os.path.join(tmp, "b.txt")
    open(a, "w", encoding="utf-8").write(blank)
    open(b, "w", encoding="utf-8").write("\n\n\n" + blank)  # three lines inserted at the top
    la = json.loads(sarif_of(a))["runs"][0]["results"]
    lb = json.loads(sarif_of(b))["runs"][0]["results"]
    fa = sorted(r["partialFingerprints"]["avvlint/v1"] for r in la)
    fb = sorted(r["partialFingerprints"]["avvlint/v1"] for r in lb)
    check("fixture has findings", len(fa) > 0)
    check("fingerprints survive inserted lines", fa == fb, f"{fa} vs {fb}")
    lines_a = sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in la)
    lines_b = sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in lb)
    check("lines do move", [x + 3 for x in lines_a] == lines_b, f"{lines_a} / {lines_b}")
    check("absolute path outside cwd is a file URI",
          json.loads(sarif_of(a))["runs"][0]["artifacts"][0]["location"]["uri"].startswith("file:///"))

    # Language: --lang en gives English rule metadata and messages.
    en = validate("--lang en", sarif_of("--lang", "en", a))
    de = json.loads(sarif_of(a))
    if en:
        check("run language en", en["runs"][0]["language"] == "en")
        check("run language de", de["runs"][0]["language"] == "de")
        r_en = {r["id"]: r for r in en["runs"][0]["tool"]["driver"]["rules"]}
        r_de = {r["id"]: r for r in de["runs"][0]["tool"]["driver"]["rules"]}
        check("rule titles translated", r_en["placeholder.unfilled"]["shortDescription"]["text"]
              != r_de["placeholder.unfilled"]["shortDescription"]["text"])
        code, out, err = run("check", "--format", "json", "--lang", "en", a)
        faithful("--lang en", en, json.loads(out))

    # Determinism and -o/--output.
    first = sarif_of(a)
    check("deterministic", first == sarif_of(a))
    out_file = os.path.join(tmp, "report.sarif")
    code, out, err = run("check", "--format", "sarif", "--fail-on", "warning", "-o", out_file, a)
    check("-o keeps the exit code", code == 1, f"{code} {err}")
    check("-o writes nothing to stdout", out == "", out[:200])
    check("-o writes the report", open(out_file, encoding="utf-8").read() == first)
    code, out, err = run("check", "--format", "sarif", "--output", out_file, "--fail-on", "info", base)
    check("--output overwrites", json.loads(open(out_file, encoding="utf-8").read())["runs"][0]["artifacts"][0]
          ["location"]["uri"] == "corpus/base-ziffern.txt")
    code, out, err = run("check", "--format", "sarif", "-o", os.path.join(tmp, "no", "such", "dir.sarif"), a)
    check("unwritable -o is exit 2", code == 2 and "cannot write" in err, f"{code} {err}")

    # Standard input and an unreadable file next to a good one.
    p = subprocess.run([BIN, "check", "--format", "sarif", "-"], input=blank.encode(), capture_output=True, timeout=60)
    log = validate("stdin", p.stdout.decode())
    if log:
        art = log["runs"][0]["artifacts"][0]
        check("stdin artifact", art["location"]["uri"] == "stdin" and "standardStream" in art["roles"], str(art))
    empty = os.path.join(tmp, "empty.txt")
    open(empty, "w").close()
    code, out, err = run("check", "--format", "sarif", empty, a)
    check("bad file exit 2", code == 2, str(code))
    log = validate("bad file and good file", out)
    if log:
        check("good file still reported", len(log["runs"][0]["artifacts"]) == 1)

print(f"validated {validated} contracts against {os.path.relpath(SCHEMA_PATH, SOURCE_DIR)} with {Validator.__name__}")
if failures:
    print(f"{len(failures)} failures:")
    for f in failures[:80]:
        print("  " + f)
    sys.exit(1)
print("sarif: all checks passed")
