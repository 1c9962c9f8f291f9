#!/bin/sh
# Show that this corpus loads, serves and scores through the evaluation harness,
# using the trivial keyword alerter in check/ (not the project's monitor).
#   sh check/run_check.sh            [extra harness options, e.g. -v]
#   HARNESS=relative/path/to/harness.py sh check/run_check.sh
set -e
cd "$(dirname "$0")/.."
if [ -z "${HARNESS:-}" ]; then
  for c in ../brief/harness.py ../shared/eval/harness.py ../../shared/eval/harness.py ../eval/harness.py; do
    if [ -f "$c" ]; then HARNESS="$c"; break; fi
  done
fi
if [ -z "${HARNESS:-}" ]; then
  echo "harness.py not found; set HARNESS=relative/path/to/harness.py" >&2
  exit 2
fi
python3 src/generate.py
python3 "$HARNESS" . --project . \
  --cmd "python3 check/trivial_alerter.py --config {config} run --once" "$@"
