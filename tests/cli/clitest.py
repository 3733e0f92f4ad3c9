"""Small helpers shared by the workflow tests in tests/cli (issue #6): run the
binary, collect failed checks, make a scratch project (a directory with .git, so
that the config lookup stops there and no stray .avvlint.json above /tmp leaks in)."""
import json
import os
import subprocess
import sys
import tempfile

BIN = sys.argv[1]
ROOT = sys.argv[2]
failures = []
passed = [0]


def run(*args, cwd=None, stdin=None, env=None, timeout=120):
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True, cwd=cwd, env=env, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(name, cond, detail=""):
    if cond:
        passed[0] += 1
    else:
        failures.append(f"{name}: {detail}")


def findings(out, doc=0):
    """(line, rule, severity) of the findings of one document of a JSON report."""
    return [(f["line"], f["rule"], f["severity"]) for f in json.loads(out)["documents"][doc]["findings"]]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def project():
    """A scratch project directory (with .git) that is removed afterwards."""
    tmp = tempfile.TemporaryDirectory()
    os.makedirs(os.path.join(tmp.name, ".git"))
    return tmp


def finish(name):
    if failures:
        print("\n".join(failures))
        print(f"{name}: {passed[0]} passed, {len(failures)} failed")
        sys.exit(1)
    print(f"{name}: all {passed[0]} checks passed")
