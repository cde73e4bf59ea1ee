#!/usr/bin/env bash
# Build the PyInstaller bundle (onedir) from this checkout.
#
#   bash packaging/build_bundle.sh [DIST_DIR]
#
# The bundle lands in DIST_DIR/viparita (default: dist/viparita), with the executable
# DIST_DIR/viparita/viparita. The Python used is $PYTHON, or .venv/bin/python (made by
# packaging/bootstrap.sh); it needs the app's dependencies and PyInstaller, which the test
# extra brings: pip install ".[test]".
set -euo pipefail
cd "$(dirname "$0")/.."
dist="$(realpath -m "${1:-dist}")"
python="${PYTHON:-.venv/bin/python}"
"$python" -m PyInstaller --version >/dev/null 2>&1 \
    || { echo "build_bundle: no PyInstaller for $python: $python -m pip install pyinstaller" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/pyinstaller/viparita.spec
echo "build_bundle: $(du -sh "$dist/viparita" | cut -f1) in $dist/viparita; run $dist/viparita/viparita"
