#!/bin/sh
# Load the blind125 world in the harness with a trivial keyword alerter (not the monitor).
# Run from anywhere; all paths are relative to the corpus folder.
set -e
cd "$(dirname "$0")/.."
python3 check/harness.py . --project . \
    --cmd "python3 check/trivial_alerter.py --config {config} run --once" "$@"
