#!/bin/sh
# Show that the blind126 world loads and that the harness scores it, using the trivial
# keyword alerter (NOT the monitor). Run from anywhere:  sh check/run_check.sh [-v]
# Extra arguments are passed to the harness.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS=$(dirname "$HERE")
cd "$CORPUS"
exec python3 check/harness.py . --project . \
    --cmd "python3 check/trivial_alerter.py --config {config} run --once" "$@"
