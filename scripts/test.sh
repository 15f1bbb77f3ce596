#!/usr/bin/env bash
# The test suite, including the slow end-to-end tests against the real Tesseract.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 -m pytest -q -p no:cacheprovider "$@"
