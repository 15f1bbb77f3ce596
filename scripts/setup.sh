#!/usr/bin/env bash
# One-time set-up on a fresh Debian machine: system packages (Tesseract with Swedish data;
# LibreOffice Writer without GUI and antiword for legacy .doc, and to make the test documents;
# PostgreSQL, whose server the search tests start on 127.0.0.1; URW base35 fonts, typefaces of
# the held-out repair benchmark; gcc and Python's headers, with which a built wheel compiles repair's
# hot path: setup.py), then docparse and its Python dependencies. Safe to rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
APT_PACKAGES="tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng tesseract-ocr-osd ocrmypdf poppler-utils fonts-dejavu-core fonts-dejavu-extra fonts-liberation fonts-urw-base35 libreoffice-writer-nogui antiword postgresql gcc python3-dev"
missing=""
for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
python3 -m pip install -q -e ".[dev,dask,postgres]"  # the extras too, so CI runs the Dask and PostgreSQL tests
