#!/usr/bin/env bash
# Load the b128 world into the harness and score a trivial keyword alerter on it.
# This only shows that the corpus loads and is scored; it is not a monitor's score.
# Usage (from anywhere):  bash check/run_check.sh [extra harness args]
set -euo pipefail
cd "$(dirname "$0")/.."
python3 check/harness.py . --project . \
  --cmd "python3 check/trivial_alerter.py --config {config}" "$@"
