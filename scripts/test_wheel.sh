#!/usr/bin/env bash
# The package as a user gets it: build the wheel, install it (not editable) into a fresh virtual
# environment, and run `docparse run` on samples/ from outside the checkout. Fails loudly if the
# installed docparse cannot process the samples (e.g. model files missing from the wheel).
# The venv sees the system site-packages so the dependencies setup.sh installed are not
# downloaded again; docparse itself comes from the wheel (--force-reinstall --no-deps), and the
# check below makes sure the run did not pick up the editable checkout instead.
# Where a C compiler and Python's headers are, the wheel compiles repair's hot path (setup.py):
# the compiled modules must match their sources, and repair must give the pure checkout's output
# byte for byte (scripts/repair_fingerprint.py).
set -euo pipefail
# The installed package only: a PYTHONPATH pointing at a checkout would shadow the wheel.
unset PYTHONPATH
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s)
python3 -m pip wheel . --no-deps -q -w "$work/dist"
built=$(( $(date +%s) - start ))
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
build=$("$work/venv/bin/python" -c 'from docparse.repair import compiled; s = compiled.stale(); print(f"stale: {s}" if s else compiled.build())')
include=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
case "$build" in
  compiled*) ;;
  "pure Python")
    if [ -z "${DOCPARSE_PURE:-}" ] && command -v gcc >/dev/null && [ -f "$include/Python.h" ]; then
      echo "test_wheel: FAILED: a C compiler is here but the wheel's repair is not compiled" >&2; exit 1
    fi ;;
  *) echo "test_wheel: FAILED: the wheel's compiled repair does not match its sources: $build" >&2; exit 1 ;;
esac
texts=("$repo"/tests/fixtures/invented/*.txt "$repo"/samples/*.txt)
"$work/venv/bin/python" "$repo/scripts/repair_fingerprint.py" "${texts[@]}" > "$work/wheel.jsonl"
PYTHONPATH="$repo" python3 "$repo/scripts/repair_fingerprint.py" "${texts[@]}" > "$work/pure.jsonl"
if ! cmp -s "$work/wheel.jsonl" "$work/pure.jsonl"; then
  echo "test_wheel: FAILED: the wheel's repair ($build) differs from the checkout's pure Python" >&2
  diff "$work/wheel.jsonl" "$work/pure.jsonl" | head -5 >&2
  exit 1
fi
echo "test_wheel: wheel built in $built s, repair $build, same output as pure Python on ${#texts[@]} texts"
echo "test_wheel: wheel installed in a fresh venv, $n records from samples/ ($(( $(date +%s) - start )) s)"
