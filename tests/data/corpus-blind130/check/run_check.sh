#!/bin/sh
# Show that this corpus loads and scores through the evaluation harness, using the
# trivial keyword alerter in this folder (not a real monitor).
# Run from anywhere:  sh check/run_check.sh
# The harness is looked up by relative paths; set HARNESS to point elsewhere.
set -e
cd "$(dirname "$0")/.."
python3 src/generate.py
if [ -z "$HARNESS" ]; then
  for h in ../brief/harness.py ../../eval/harness.py ../eval/harness.py ./harness.py; do
    if [ -f "$h" ]; then HARNESS="$h"; break; fi
  done
fi
if [ -z "$HARNESS" ] || [ ! -f "$HARNESS" ]; then
  echo "harness.py not found; set HARNESS=relative/path/to/harness.py" >&2
  exit 2
fi
python3 "$HARNESS" . --project . --cmd "python3 check/trivial_alerter.py --config {config}" "$@" || true
