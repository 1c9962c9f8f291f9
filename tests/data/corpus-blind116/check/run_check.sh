#!/bin/sh
# Prove that the b116 world loads: replay it through the evaluation harness with the
# trivial keyword alerter (never the real monitor).
# Usage:  sh check/run_check.sh [path/to/harness.py]
# The harness path defaults to the project's eval folder next to the corpora
# (../../eval/harness.py seen from the corpus folder).
set -e
HARNESS="${1:-}"
case "$HARNESS" in
  "") ;;
  /*) ;;
  *) HARNESS="$PWD/$HARNESS" ;;
esac
cd "$(dirname "$0")/.."
HARNESS="${HARNESS:-../../eval/harness.py}"
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once"
