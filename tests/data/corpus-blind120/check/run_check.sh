#!/bin/sh
# Prove that the corpus world loads: replay it through the evaluation harness with the
# trivial keyword alerter (never the real monitor).
# Usage, from anywhere:  check/run_check.sh path/to/harness.py   (or set HARNESS)
set -e
HARNESS="${1:-${HARNESS:-}}"
if [ -z "$HARNESS" ]; then
    echo "usage: check/run_check.sh path/to/harness.py" >&2
    exit 2
fi
case "$HARNESS" in /*) ;; *) HARNESS="$(pwd)/$HARNESS" ;; esac
cd "$(dirname "$0")/.."
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once"
