#!/bin/sh
# Load the corpus in the evaluation harness with the trivial keyword alerter.
# Usage (from anywhere):  sh check/run_check.sh [extra harness options, e.g. -v]
set -e
cd "$(dirname "$0")/.."
exec python3 check/harness.py . --project . \
    --cmd "python3 check/trivial_alerter.py --config {config}" "$@"
