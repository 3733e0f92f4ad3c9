#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for FUZZ_SECONDS,
# seeded from corpus/ and from the kept reproducers in fuzz/regressions/. A crash,
# hang or sanitizer report fails the run; libFuzzer leaves the input as crash-* /
# timeout-* in build-fuzz/findings/<target>/ — copy it to fuzz/regressions/<target>/
# so tests/fuzz_regressions.py replays it in every test run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz: installing clang and libclang-rt-dev" >&2
  apt-get update -qq && apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAVVLINT_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j 2 --target fuzz_source fuzz_grammar fuzz_document fuzz_docx
status=0
for target in fuzz_source fuzz_grammar fuzz_document fuzz_docx; do
  seeds=build-fuzz/seeds/$target findings=build-fuzz/findings/$target
  rm -rf "$seeds" && mkdir -p "$seeds" "$findings"
  if [[ $target == fuzz_docx ]]; then
    cp tests/fixtures/*.docx "$seeds/" 2>/dev/null || true
  else
    find corpus -name '*.txt' -o -name '*.md' | while read -r f; do head -c 16384 "$f" > "$seeds/$(echo "$f" | tr / _)"; done
  fi
  [[ -d fuzz/regressions/$target ]] && cp fuzz/regressions/$target/* "$seeds/" 2>/dev/null || true
  echo "== $target: ${seconds}s"
  if ! (cd "$findings" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
        ../../fuzz/$target -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "../../seeds/$target" 2>&1 | tail -15); then
    status=1
  fi
  if ls "$findings"/crash-* "$findings"/timeout-* "$findings"/leak-* >/dev/null 2>&1; then
    echo "fuzz: $target found problems in $findings" >&2
    status=1
  fi
done
exit $status
