#!/bin/sh
# Regenerate the corpus and replay it through the evaluation harness with the trivial
# keyword alerter (not the monitor). Run from anywhere:  sh check/run_check.sh
# Set HARNESS to the harness path if it is not at one of the relative places below.
set -e
cd "$(dirname "$0")/.."
python3 src/generate.py
if [ -z "$HARNESS" ]; then
  for h in ../brief/harness.py ../eval/harness.py ../../eval/harness.py ../shared/eval/harness.py; do
    if [ -f "$h" ]; then HARNESS="$h"; break; fi
  done
fi
if [ -z "$HARNESS" ] || [ ! -f "$HARNESS" ]; then
  echo "harness.py not found; set HARNESS=relative/path/to/harness.py" >&2
  exit 2
fi
# The alerter is not expected to score well; the harness exits 1 only on thresholds, so
# accept its exit status and show the score line.
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config} run --once" "$@" || true
