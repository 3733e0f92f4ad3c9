#!/usr/bin/env python3
"""avvlint benchmark: prints one table and writes it to docs/performance.md.

Measures, on this machine, in one run:
  1. single contract, whole process (start-up included): `check` on a ~20 KB contract,
     median of 15 runs;
  2. throughput over a generated folder of 1,000 contracts (made from corpus/ variants),
     `check --format json`, one process (-j 1) and two processes side by side (-j 2),
     in MB/s and contracts/s, with peak RSS;
  3. scaling: single inputs from 10 KB to 50 MB, time and peak RSS, and the fitted
     exponent k of time ∝ size^k;
  4. the floor, side by side: `grep -c -E -f PATTERNS` with the lexicon's word patterns
     over the same inputs, reported as the ratio avvlint / grep.
Timing never decides a test; this script only reports.
"""
import json
import math
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = str(ROOT / "build" / "avvlint")
QUICK = "--quick" in sys.argv


def run_timed(cmd, stdin=None):
    """Wall time and peak RSS (KiB) of one process, via /usr/bin/time."""
    # Output goes to a real file, not /dev/null: GNU grep stops at the first match when
    # its output is /dev/null, which would make the floor look far faster than it is.
    with tempfile.NamedTemporaryFile() as t, tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", t.name, *cmd], stdout=out,
                       stderr=subprocess.DEVNULL, stdin=stdin)
        wall = time.perf_counter() - start
        rss = int(pathlib.Path(t.name).read_text().strip().splitlines()[-1] or 0)
    return wall, rss


def corpus_texts():
    files = sorted(p for p in (ROOT / "corpus").rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md")
    return [p.read_text(encoding="utf-8") for p in files]


def grep_patterns(path):
    """The lexicon's word globs as extended regular expressions (one per line)."""
    lex = json.loads((ROOT / "rules" / "lexicon" / "concepts.de.json").read_text(encoding="utf-8"))
    out = set()
    for patterns in lex["concepts"].values():
        for p in patterns:
            words = [w for w in p.split() if w not in ("*", "…")]
            if not words:
                continue
            w = words[0].replace(".", "")
            core = w.strip("*")
            if len(core) < 3 or not core.isalnum():
                continue
            out.add(("[[:alnum:]]*" if w.startswith("*") else "") + core + ("[[:alnum:]]*" if w.endswith("*") else ""))
    pathlib.Path(path).write_text("\n".join(sorted(out)) + "\n", encoding="utf-8")
    return len(out)


def main():
    if not os.access(BIN, os.X_OK):
        sys.exit("build first: make build")
    texts = corpus_texts()
    work = pathlib.Path(tempfile.mkdtemp(prefix="avvlint-bench-"))
    rows = []
    try:
        # 1. single ~20 KB contract
        seed = ROOT.parent / "shared" / "seed" / "avv-kreativburschen.txt"
        single = seed if seed.exists() else ROOT / "corpus" / "base-ziffern.txt"
        runs = [run_timed([BIN, "check", str(single)]) for _ in range(5 if QUICK else 15)]
        single_ms = statistics.median(r[0] for r in runs) * 1000
        single_kb = single.stat().st_size / 1024
        rows.append(("single contract, whole process", f"{single.name} ({single_kb:.0f} KB)",
                     f"{single_ms:.1f} ms median of {len(runs)}", f"{max(r[1] for r in runs) / 1024:.0f} MB", "≤ 15 ms"))

        # 2. throughput over 1,000 contracts
        folder = work / "contracts"
        folder.mkdir()
        count = 200 if QUICK else 1000
        for i in range(count):
            text = texts[i % len(texts)]
            (folder / f"c{i:04d}.txt").write_text(text.replace("Auftragnehmer", "Auftragnehmer", 1) + f"\n<!-- {i} -->\n",
                                                    encoding="utf-8")
        files = sorted(str(p) for p in folder.iterdir())
        total_mb = sum(os.path.getsize(f) for f in files) / 1e6
        wall1, rss1 = run_timed([BIN, "check", "--format", "json", *files])
        wall2, rss2 = run_timed([BIN, "check", "--format", "json", "-j", "2", *files])
        rows.append((f"throughput, {count} contracts, -j 1", f"{total_mb:.1f} MB",
                     f"{total_mb / wall1:.1f} MB/s, {count / wall1:.0f} contracts/s", f"{rss1 / 1024:.0f} MB",
                     "≥ 30 MB/s per core"))
        rows.append((f"throughput, {count} contracts, -j 2", f"{total_mb:.1f} MB",
                     f"{total_mb / wall2:.1f} MB/s, {count / wall2:.0f} contracts/s", f"{rss2 / 1024:.0f} MB", ""))

        # 3./4. scaling and the grep floor
        patterns = work / "patterns.txt"
        n_patterns = grep_patterns(patterns)
        sizes_kb = [10, 100, 1000, 10_000] + ([] if QUICK else [50_000])
        blob = "\n\n".join(texts)
        points = []
        for kb in sizes_kb:
            path = work / f"input-{kb}.txt"
            data = (blob * (kb * 1024 // len(blob.encode()) + 1)).encode()[: kb * 1024]
            path.write_bytes(data.decode("utf-8", "ignore").encode())
            wall, rss = run_timed([BIN, "check", "--format", "json", str(path)])
            gwall, _ = run_timed(["grep", "-c", "-E", "-f", str(patterns), str(path)])
            points.append((kb, wall))
            rows.append((f"scaling, single input", f"{kb / 1024:.2f} MB" if kb >= 1024 else f"{kb} KB",
                         f"{wall * 1000:.0f} ms ({wall / max(gwall, 1e-4):.2f}× grep: {gwall * 1000:.0f} ms)",
                         f"{rss / 1024:.0f} MB ({rss / kb:.1f}× input)", "50 MB ≤ 3 s, RSS ≤ 10×"))
        big = [(math.log(kb), math.log(w)) for kb, w in points if kb >= 100]
        mx = sum(x for x, _ in big) / len(big)
        my = sum(y for _, y in big) / len(big)
        k = sum((x - mx) * (y - my) for x, y in big) / sum((x - mx) ** 2 for x, _ in big)
        rows.append(("fitted exponent k (time ∝ size^k, ≥ 100 KB)", "", f"k = {k:.2f}", "", "k ≤ 1.1"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    header = ["measurement", "input", "result", "peak RSS", "target"]
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    table += ["| " + " | ".join(r) + " |" for r in rows]
    machine = f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"
    text = "\n".join(table)
    print(text)
    doc = ROOT / "docs" / "performance.md"
    doc.write_text(
        "# avvlint performance\n\n"
        f"Measured by `make bench` (`python3 bench/run.py`) on {time.strftime('%Y-%m-%d')}.\n\n"
        f"Machine: {machine}.\n\n"
        f"The grep floor uses {n_patterns} extended regular expressions derived from the concept lexicon "
        "(`grep -c -E -f`); it only counts matching lines, so the ratio shows the price of parsing, "
        "provision matching and reporting over bare pattern search.\n\n"
        + text + "\n\n"
        "Timing is measured here only; no test depends on it.\n",
        encoding="utf-8")
    print(f"\nwritten to {doc.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
