#!/bin/sh
# Run the trivial keyword alerter through the evaluation harness, to show the world loads.
# Usage (from anywhere):  check/run_check.sh [path/to/harness.py] [more harness options]
# The harness path may also be given as $HARNESS; default ../../eval/harness.py
# (relative to this corpus folder).
cd "$(dirname "$0")/.." || exit 1
HARNESS="${1:-${HARNESS:-../../eval/harness.py}}"
[ $# -gt 0 ] && shift
exec python3 "$HARNESS" . --project . \
    --cmd "python3 check/trivial_alerter.py --config {config} run --once" "$@"
