#!/usr/bin/env bash
# Installs the Debian 12 packages avvlint needs to build and test, and only those
# that are missing. Safe to run repeatedly; does nothing when all are present.
set -euo pipefail

packages=(
  g++ cmake make ccache python3     # toolchain and test drivers
  libboost-dev libboost-graph-dev   # Spirit X3 (grammar), Boost.Graph (reference graph)
  nlohmann-json3-dev                # rule packs and JSON output
  catch2                            # unit tests (v2.13)
  iso-codes                         # ISO 3166 country names (data generator input)
  libzip-dev libpugixml-dev         # .docx input (ZIP container, WordprocessingML)
  poppler-utils                     # .pdf input: pdftotext, run as a subprocess
  python3-jsonschema                # SARIF schema validation test (tests/report/test_sarif.py)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
