#!/bin/sh
# Run the trivial keyword alerter through the evaluation harness, to show the world loads.
# Usage: check/run_check.sh [path/to/harness.py] [extra harness options...]
# Default harness path assumes the usual layout: shared/corpus/<corpus>/ and shared/eval/harness.py.
cd "$(dirname "$0")/.." || exit 1
HARNESS="${1:-../../eval/harness.py}"
[ $# -gt 0 ] && shift
exec python3 "$HARNESS" . --project . \
  --cmd "python3 check/trivial_alerter.py --config {config} run --once" "$@"
