#!/bin/sh
# Prove that the corpus loads: replay it through the harness with the trivial alerter.
# Usage (from anywhere):  sh check/run_check.sh PATH/TO/harness.py
# The harness path may also be given as $HARNESS. Paths are relative to the corpus folder.
set -e
cd "$(dirname "$0")/.."
HARNESS="${1:-${HARNESS:-../harness.py}}"
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once"
