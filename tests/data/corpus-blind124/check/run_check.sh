#!/bin/sh
# Run the trivial keyword alerter through the evaluation harness, to prove the world loads.
# Usage: check/run_check.sh PATH/TO/harness.py   (run from the corpus folder)
HARNESS="${1:-../eval/harness.py}"
cd "$(dirname "$0")/.." || exit 1
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once"
