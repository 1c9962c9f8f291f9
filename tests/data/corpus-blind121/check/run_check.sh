#!/bin/sh
# Prove that the corpus world loads: replay it through the evaluation harness with the
# trivial keyword alerter (never the real monitor).
# Usage (from anywhere):  sh check/run_check.sh RELATIVE/OR/GIVEN/PATH/TO/harness.py
set -e
cd "$(dirname "$0")/.."
HARNESS="${1:-${HARNESS:-harness.py}}"
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once"
