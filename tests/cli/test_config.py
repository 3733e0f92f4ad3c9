#!/usr/bin/env python3
"""Configuration (.avvlint.json, --config, --no-config) — issue #6.

Happy paths: lookup from the input's directory upwards (stopping at .git),
severity changes (and with them --fail-on and the exit code), rules and
requirements switched off (the status stays in the JSON), path overrides, lang,
fail_on, and a rule pack plus lexicon from disk whose "forbids" rule fires without
a rebuild. Bad input: every kind of wrong key or value ends with exit 2 and one
stderr line "FILE: /json/pointer: what is wrong".

usage: test_config.py BUILD/avvlint PROJECT_ROOT
"""
import json
import os

from clitest import check, finish, findings, project, run, write

# One placeholder (warning), one outdated law (info), and most requirements missing (errors).
CONTRACT = """# Vertrag

Muster GmbH (im Folgenden: Auftraggeber)

## 1. Gegenstand

1.1 Der Auftragnehmer hostet die Website des Auftraggebers.

1.2 Es gilt § 11 BDSG.

1.3 Ort: _____
"""

with project() as root:
    contract = os.path.join(root, "vertraege", "a.txt")
    write(contract, CONTRACT)
    config = os.path.join(root, ".avvlint.json")

    code, out, err = run("check", "--format", "json", contract)
    base = findings(out)
    rules = {r for _, r, _ in base}
    check("baseline run", code == 1 and {"placeholder.unfilled", "law.outdated", "requirement.missing"} <= rules,
          f"exit {code} {rules}")

    # Severity override: placeholder.unfilled becomes an error, law.outdated is off.
    write(config, '{"rules": {"placeholder.unfilled": "error", "law.outdated": "off"}}')
    code, out, err = run("check", "--format", "json", contract)
    f = findings(out)
    check("config found upwards", code == 1 and err == "", f"exit {code} {err}")
    check("severity override", ("placeholder.unfilled", "error") in {(r, s) for _, r, s in f}, str(f))
    check("rule off", "law.outdated" not in {r for _, r, _ in f}, str(f))

    # Requirements off: no requirement findings, statuses kept; the error placeholder alone fails.
    reqs = [r["id"] for r in json.loads(out)["documents"][0]["requirements"]]
    write(config, json.dumps({"requirements": {r: "off" for r in reqs},
                              "rules": {"placeholder.unfilled": "error"}}))
    code, out, err = run("check", "--format", "json", contract)
    doc = json.loads(out)["documents"][0]
    check("requirements off: findings gone", not [x for x in doc["findings"] if x["rule"].startswith("requirement.")],
          str(doc["findings"]))
    check("requirements off: statuses stay", len(doc["requirements"]) == 23 and
          any(r["status"] == "missing" for r in doc["requirements"]), str(doc["requirements"][:2]))
    check("severity override fails the run", code == 1, f"exit {code}")
    write(config, json.dumps({"requirements": {r: "off" for r in reqs}}))
    code, out, err = run("check", contract)
    check("only a warning left: exit 0", code == 0, f"exit {code} {out}")
    code, out, err = run("check", "--fail-on", "warning", contract)
    check("--fail-on warning: exit 1", code == 1, f"exit {code}")
    write(config, json.dumps({"requirements": {r: "off" for r in reqs}, "fail_on": "warning"}))
    code, out, err = run("check", contract)
    check("fail_on from the config", code == 1, f"exit {code}")
    code, out, err = run("check", "--fail-on", "error", contract)
    check("--fail-on beats the config", code == 0, f"exit {code}")

    # lang
    write(config, '{"lang": "en"}')
    code, out, err = run("check", contract)
    check("lang from the config", "Unfilled template field" in out, out[:300])
    code, out, err = run("check", "--lang", "de", contract)
    check("--lang beats the config", "Nicht ausgefülltes Vorlagenfeld" in out, out[:300])

    # Overrides by path glob (relative to the config directory), later ones win.
    other = os.path.join(root, "muster", "tief", "b.txt")
    write(other, CONTRACT)
    write(config, json.dumps({"rules": {"placeholder.unfilled": "error"},
                              "overrides": [{"paths": ["muster/**"], "rules": {"placeholder.unfilled": "off"}},
                                            {"paths": ["*.md"], "rules": {"placeholder.unfilled": "info"}}]}))
    code, out, err = run("check", "--format", "json", contract, other)
    a, b = findings(out, 0), findings(out, 1)
    check("override: not matching", ("placeholder.unfilled", "error") in {(r, s) for _, r, s in a}, str(a))
    check("override: matching", "placeholder.unfilled" not in {r for _, r, _ in b}, str(b))

    # --config FILE governs every input; --no-config ignores configs.
    elsewhere = os.path.join(root, "cfg", "strict.json")
    write(elsewhere, '{"rules": {"law.outdated": "error"}}')
    code, out, err = run("check", "--format", "json", "--config", elsewhere, contract)
    check("--config", ("law.outdated", "error") in {(r, s) for _, r, s in findings(out)}, out[:300])
    code, out, err = run("check", "--format", "json", "--no-config", contract)
    check("--no-config", findings(out) == base, str(findings(out)))

    # The lookup stops at a directory holding .git: a config above it does not apply.
    inner = os.path.join(root, "repo")
    os.makedirs(os.path.join(inner, ".git"))
    write(os.path.join(inner, "c.txt"), CONTRACT)
    write(config, '{"rules": {"placeholder.unfilled": "off"}}')
    code, out, err = run("check", "--format", "json", os.path.join(inner, "c.txt"))
    check("lookup stops at .git", "placeholder.unfilled" in {r for _, r, _ in findings(out)}, out[:300])
    os.remove(config)

    # Bad configs: exit 2, one line "FILE: /pointer: what".
    BAD = [
        ('{"rulez": {}}', "/rulez: unknown key"),
        ('{"rules": []}', "/rules: must be an object"),
        ('{"rules": {"law.outdated": 3}}', "/rules/law.outdated: must be a string"),
        ('{"rules": {"law.outdated": "loud"}}', '/rules/law.outdated: must be "off", "error", "warning" or "info", not "loud"'),
        ('{"rules": {"no.such-rule": "off"}}', "/rules/no.such-rule: unknown rule id"),
        ('{"rules": {"art28.3.h.audits": "off"}}', "/rules/art28.3.h.audits: 'art28.3.h.audits' is a requirement"),
        ('{"requirements": {"art28.3.h.audits": "error"}}', '/requirements/art28.3.h.audits: must be "off" or "on"'),
        ('{"requirements": {"art99": "off"}}', "/requirements/art99: unknown requirement id"),
        ('{"lang": "fr"}', '/lang: must be "de" or "en", not "fr"'),
        ('{"fail_on": true}', "/fail_on: must be a string"),
        ('{"overrides": {}}', "/overrides: must be a list"),
        ('{"overrides": [{"rules": {}}]}', "/overrides/0/paths: missing"),
        ('{"overrides": [{"paths": ["x"], "rules": {"nope": "off"}}]}', "/overrides/0/rules/nope: unknown rule id"),
        ('{"overrides": [{"paths": [1]}]}', "/overrides/0/paths/0: must be a path glob"),
        ('{"rule_packs": ["fehlt"]}', "/rule_packs/0: fehlt is not a directory"),
        ('{"lexicons": "x"}', "/lexicons: must be a list"),
        ('["rules"]', "/: must be a JSON object"),
        ('{"rules": {', "invalid JSON at line 1"),
    ]
    for text, want in BAD:
        write(config, text)
        code, out, err = run("check", contract, cwd=root)
        check(f"bad config {text}", code == 2 and err.startswith(f"avvlint: .avvlint.json: {want}")
              and err.count("\n") == 1 and out == "",
              f"exit {code}: {err!r}")
    write(config, '{"rules": {"law.outdated": "loud"}}')
    code, out, err = run("check", "--config", config, contract)
    check("bad --config names the file", code == 2 and err.startswith(f"avvlint: {config}: /rules/law.outdated"), err)
    code, out, err = run("check", "--config", os.path.join(root, "missing.json"), contract)
    check("missing --config", code == 2 and "missing.json: cannot read" in err, err)
    os.remove(config)

    # Comments are allowed in the config.
    write(config, '// house policy\n{"rules": {"law.outdated": "off" /* we cite old law on purpose */}}')
    code, out, err = run("check", "--format", "json", contract)
    check("comments in config", code == 1 and "law.outdated" not in {r for _, r, _ in findings(out)}, err)
    os.remove(config)

    # A rule pack and a lexicon from disk: a new "forbids" rule fires without a rebuild.
    pack = os.path.join(root, "hausregeln")
    write(os.path.join(pack, "findings", "house.blockchain.json"), json.dumps({
        "id": "house.blockchain", "severity": "error", "requirement": None, "legal_basis": "Hausrichtlinie 4.2",
        "title": {"de": "Speicherung in einer Blockchain", "en": "Storage in a blockchain"},
        "message": {"de": "Der Vertrag erlaubt die Speicherung in einer Blockchain",
                    "en": "The contract allows storage in a blockchain"},
        "explanation": {"de": "Hausregel: keine Blockchain.", "en": "House rule: no blockchain."},
        "forbids": [{"all": ["house-ledger", "house-store"]}]}))
    write(os.path.join(pack, "lexicon", "concepts.house.json"), '{"concepts": {"house-store": ["speicher*"]}}')
    write(os.path.join(root, "begriffe", "concepts.de.json"),
          '{"concepts": {"house-ledger": ["blockchain*", "distributed ledger"]}}')
    chain = os.path.join(root, "vertraege", "chain.txt")
    write(chain, CONTRACT + "\n1.4 Der Auftragnehmer speichert die Daten in einer Blockchain.\n")
    code, out, err = run("check", "--format", "json", chain)
    check("without the pack: no custom finding", "house.blockchain" not in out, out[:200])
    write(config, '{"rule_packs": ["hausregeln"], "lexicons": ["begriffe"]}')
    code, out, err = run("check", "--format", "json", chain)
    hits = [f for f in json.loads(out)["documents"][0]["findings"] if f["rule"] == "house.blockchain"] if out else []
    check("custom forbids rule fires", code == 1 and len(hits) == 1 and hits[0]["line"] == 13 and
          hits[0]["severity"] == "error" and "Blockchain" in hits[0]["message"], f"{err} {hits}")
    code, out, err = run("check", "--format", "json", contract)
    check("custom rule stays quiet elsewhere", "house.blockchain" not in out, out[:200])
    code, out, err = run("explain", "--config", config, "house.blockchain", "--lang", "en")
    check("explain a custom rule", code == 0 and "House rule: no blockchain." in out, out + err)
    code, out, err = run("rules", "--config", config)
    check("rules lists a custom rule", "house.blockchain" in out, out[-300:])
    write(config, '{"rule_packs": ["hausregeln"], "rules": {"house.blockchain": "warning"}}')
    code, out, err = run("check", "--format", "json", chain)
    check("custom rule without its lexicon is a pack error", code == 2 and "house.blockchain.json" in err and
          "unknown concept 'house-ledger'" in err, err)
    write(config, '{"rule_packs": ["hausregeln"], "lexicons": ["begriffe"], "rules": {"house.blockchain": "warning"}}')
    code, out, err = run("check", "--format", "json", chain)
    check("custom rule severity override", ("house.blockchain", "warning") in {(r, s) for _, r, s in findings(out)}, err)
    # A rule pack may not redefine a built-in rule or add requirements.
    write(os.path.join(root, "dup", "findings", "law.outdated.json"), json.dumps({"id": "law.outdated"}))
    write(config, '{"rule_packs": ["dup"]}')
    code, out, err = run("check", chain, cwd=root)
    check("duplicate rule id", code == 2 and "dup/findings/law.outdated.json: /id: rule 'law.outdated' already exists" in err, err)
    write(os.path.join(root, "req", "requirements", "x.json"), "{}")
    write(config, '{"rule_packs": ["req"]}')
    code, out, err = run("check", chain, cwd=root)
    check("no requirements in a pack", code == 2 and "cannot add requirements" in err, err)
    write(os.path.join(root, "bad", "findings", "house.bad.json"), json.dumps({"id": "house.bad", "severity": "info"}))
    write(config, '{"rule_packs": ["bad"]}')
    code, out, err = run("check", chain, cwd=root)
    check("bad rule file names the file on disk", code == 2 and err.startswith("avvlint: bad/findings/house.bad.json: /"), err)

finish("config")
