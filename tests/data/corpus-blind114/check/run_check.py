#!/usr/bin/env python3
"""Run the trivial keyword alerter through the evaluation harness, to show the world loads.

    python3 check/run_check.py [PATH/TO/harness.py] [extra harness options...]

Run from anywhere; paths are resolved relative to this file. Without an argument the harness
is looked for at ../../eval/harness.py relative to the corpus folder (shared/eval/harness.py
when the corpus sits in shared/corpus/). The trivial alerter is not the monitor: its score only
proves that feeds, pages and labels load and that alerts are attributed.
"""
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent


def main() -> int:
    args = sys.argv[1:]
    if args and args[0].endswith(".py"):
        harness = Path(args.pop(0)).resolve()
    else:
        harness = (CORPUS / ".." / ".." / "eval" / "harness.py").resolve()
    if not harness.exists():
        print(f"harness not found at {harness}; pass its path as the first argument", file=sys.stderr)
        return 2
    alerter = HERE / "trivial_alerter.py"
    cmd = f"{shlex.quote(sys.executable)} {shlex.quote(str(alerter))} --config {{config}} run --once"
    return subprocess.call([sys.executable, str(harness), str(CORPUS), "--project", str(HERE),
                            "--cmd", cmd, *args])


if __name__ == "__main__":
    raise SystemExit(main())
