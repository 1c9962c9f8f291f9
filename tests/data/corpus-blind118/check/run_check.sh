#!/bin/sh
# Prove that the corpus world loads, using the trivial keyword alerter (not the monitor).
# Usage: sh check/run_check.sh PATH/TO/harness.py   (run from the corpus folder)
set -e
HARNESS="${1:?usage: sh check/run_check.sh PATH/TO/harness.py}"
cd "$(dirname "$0")/.."
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once"
