#!/bin/sh
# Show that corpus blind131 loads, serves and scores through the evaluation harness,
# using the trivial keyword alerter (NOT the project's monitor).
#
#   sh check/run_check.sh            (from the corpus folder)
#   HARNESS=path/to/harness.py sh check/run_check.sh
#
# The harness is looked up in $HARNESS, then in a few relative places.
set -eu
cd "$(dirname "$0")/.."
CORPUS="$(pwd)"

if [ -z "${HARNESS:-}" ]; then
  for cand in harness.py ../harness.py ../eval/harness.py ../../eval/harness.py \
              ../shared/eval/harness.py ../../shared/eval/harness.py ../brief/harness.py; do
    if [ -f "$cand" ]; then HARNESS="$cand"; break; fi
  done
fi
if [ -z "${HARNESS:-}" ] || [ ! -f "$HARNESS" ]; then
  echo "harness.py not found; set HARNESS=path/to/harness.py" >&2
  exit 2
fi

python3 src/generate.py
# the harness exits 1 when a minimum score is not met; no minimum is set here
python3 "$HARNESS" "$CORPUS" --project "$CORPUS" \
  --cmd "python3 $CORPUS/check/trivial_alerter.py --config {config} run --once" "$@"
