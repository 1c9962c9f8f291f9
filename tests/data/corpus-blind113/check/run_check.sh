#!/bin/sh
# Run the trivial keyword alerter through the evaluation harness, to show that the
# corpus world loads (feeds, pages, labels). This is not a score of the monitor.
#   check/run_check.sh [path/to/harness.py] [extra harness options]
# The harness path defaults to ../../eval/harness.py (corpus kept in <shared>/corpus/).
cd "$(dirname "$0")/.." || exit 1
HARNESS=${1:-../../eval/harness.py}
[ $# -gt 0 ] && shift
exec python3 "$HARNESS" . --project . \
    --cmd "python3 check/trivial_alerter.py --config {config} run --once" "$@"
