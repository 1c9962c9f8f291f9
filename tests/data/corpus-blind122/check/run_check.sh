#!/bin/sh
# Proves that corpus blind122 loads in the evaluation harness, using the trivial
# keyword alerter (never the monitor). Usage, from anywhere:
#   check/run_check.sh path/to/harness.py        (or set HARNESS=path/to/harness.py)
set -e
cd "$(dirname "$0")/.."
HARNESS="${1:-${HARNESS:-../../eval/harness.py}}"
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once"
