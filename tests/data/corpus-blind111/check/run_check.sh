#!/bin/sh
# Run the trivial keyword alerter (NOT the monitor) through the evaluation harness,
# to show that this corpus' world loads: feeds, pages, Bot API, scoring.
#
# usage: sh check/run_check.sh [path/to/harness.py] [extra harness options...]
# The harness path defaults to ../../eval/harness.py (corpus/<name> next to eval/).
set -e
cd "$(dirname "$0")/.."
HARNESS="${1:-../../eval/harness.py}"
[ $# -gt 0 ] && shift
exec python3 "$HARNESS" . --project . \
    --cmd "python3 check/trivial_alerter.py --config {config} run --once" "$@"
