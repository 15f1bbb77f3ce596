#!/usr/bin/env bash
# The test suite, including the slow end-to-end tests against the real Tesseract; with no
# arguments (as CI runs it) also the installed-wheel check (scripts/test_wheel.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pytest -q -p no:cacheprovider "$@"
if [ "$#" -eq 0 ]; then
  ./scripts/test_wheel.sh
fi
