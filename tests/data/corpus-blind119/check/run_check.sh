#!/bin/sh
# Prove that the blind119 world loads: replay it through the evaluation harness with the
# trivial keyword alerter (never the real monitor).
#   sh check/run_check.sh PATH/TO/harness.py
# The harness path may also be given in $HARNESS; the default is the project layout's
# ../eval/harness.py relative to this corpus folder.
set -eu
cd "$(dirname "$0")/.."
HARNESS="${1:-${HARNESS:-../eval/harness.py}}"
exec python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once"
