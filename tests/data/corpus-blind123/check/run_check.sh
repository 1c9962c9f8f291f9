#!/usr/bin/env bash
# Prove that the corpus world loads, using the trivial keyword alerter (not the monitor).
# Run from the corpus folder:
#     bash check/run_check.sh PATH/TO/harness.py
# (or set HARNESS=PATH/TO/harness.py). The harness path is not stored here on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
HARNESS="${1:-${HARNESS:-../harness.py}}"
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once"
