#!/bin/sh
# Run the trivial keyword alerter through the evaluation harness, to show the world loads.
# Usage (from the corpus folder):  check/run_check.sh [path/to/harness.py] [extra harness args]
# Default harness path: ../eval/harness.py (relative to the corpus folder), or $HARNESS.
set -e
cd "$(dirname "$0")/.."
HARNESS="${HARNESS:-../eval/harness.py}"
if [ $# -gt 0 ]; then HARNESS="$1"; shift; fi
# the harness runs the command with the --project folder as working directory
exec python3 "$HARNESS" . --project check \
    --cmd "python3 trivial_alerter.py --config {config} run --once" "$@"
