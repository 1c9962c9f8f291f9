#!/usr/bin/env python3
"""Run the evaluation harness on this corpus with the trivial alerter (not a monitor).

    python3 check/run_check.py                          # alert on every article
    python3 check/run_check.py --keywords kuril,курил,北方   # keyword alerter
    python3 check/run_check.py --harness ../../eval/harness.py

Run from the corpus folder. The harness path defaults to ../../eval/harness.py (the
layout shared/corpus/<name> next to shared/eval/harness.py); pass --harness otherwise.
"""
from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--harness", default="../../eval/harness.py")
    ap.add_argument("--keywords", default="")
    ap.add_argument("extra", nargs="*", help="more harness options, after --")
    args = ap.parse_args()
    harness = Path(args.harness)
    if not harness.is_absolute():
        harness = (CORPUS / harness).resolve()
    cmd = "python3 check/alert_all.py --config {config}"
    if args.keywords:
        cmd += " --keywords " + shlex.quote(args.keywords)
    argv = [sys.executable, str(harness), ".", "--project", ".", "--cmd", cmd, *args.extra]
    return subprocess.call(argv, cwd=CORPUS)


if __name__ == "__main__":
    sys.exit(main())
