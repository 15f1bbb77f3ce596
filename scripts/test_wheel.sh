#!/usr/bin/env bash
# The package as a user gets it: build the wheel, install it (not editable) into a fresh virtual
# environment, and run `docparse run` on samples/ from outside the checkout. Fails loudly if the
# installed docparse cannot process the samples (e.g. model files missing from the wheel).
# The venv sees the system site-packages so the dependencies setup.sh installed are not
# downloaded again; docparse itself comes from the wheel (--force-reinstall --no-deps), and the
# check below makes sure the run did not pick up the editable checkout instead.
set -euo pipefail
# The installed package only: a PYTHONPATH pointing at a checkout would shadow the wheel.
unset PYTHONPATH
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s)
python3 -m pip wheel . --no-deps -q -w "$work/dist"
python3 -m venv --system-site-packages "$work/venv"
"$work/venv/bin/python" -m pip install -q --no-deps --force-reinstall "$work"/dist/docparse-*.whl
cd "$work"  # away from the checkout: nothing may be found through the working directory
where=$("$work/venv/bin/python" -c 'import docparse, docparse.models as m; print(docparse.__file__); print(m.models_dir())')
case "$where" in
  "$work/venv/"*"$work/venv/"*) ;;
  *) echo "test_wheel: FAILED: docparse or its models not taken from the wheel:" >&2; echo "$where" >&2; exit 1 ;;
esac
if ! "$work/venv/bin/docparse" run "$repo"/samples/* > "$work/records.jsonl"; then
  echo "test_wheel: FAILED: the installed wheel's 'docparse run samples/*' failed" >&2
  exit 1
fi
n=$(wc -l < "$work/records.jsonl")
echo "test_wheel: wheel installed in a fresh venv, $n records from samples/ ($(( $(date +%s) - start )) s)"
