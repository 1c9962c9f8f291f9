#!/usr/bin/env python3
"""Run the trivial alerter (check/alert_all.py) on this corpus through harness.py.

    python3 check/run_check.py [--harness PATH/TO/harness.py] [--keyword WORD ...] [harness options]

Run it from the corpus folder. Without --harness it looks for harness.py in
$HARNESS, then ../eval/, ../../eval/, ../shared/eval/ and ../../shared/eval/
(relative to the corpus folder).
"""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent


def find_harness(argv: list[str]) -> tuple[Path, list[str]]:
    if "--harness" in argv:
        i = argv.index("--harness")
        return Path(argv[i + 1]), argv[:i] + argv[i + 2:]
    cands = [os.environ.get("HARNESS", "")] + [
        str(CORPUS / p) for p in ("../eval/harness.py", "../../eval/harness.py",
                                  "../shared/eval/harness.py", "../../shared/eval/harness.py")]
    for c in cands:
        if c and Path(c).is_file():
            return Path(c), argv
    sys.exit("harness.py not found: pass --harness PATH")


def main() -> int:
    harness, rest = find_harness(sys.argv[1:])
    kw = []
    while "--keyword" in rest:
        i = rest.index("--keyword")
        kw += ["--keyword", rest[i + 1]]
        rest = rest[:i] + rest[i + 2:]
    cmd = f"{shlex.quote(sys.executable)} check/alert_all.py --config {{config}} " + " ".join(
        shlex.quote(k) for k in kw)
    args = [sys.executable, str(harness), str(CORPUS), "--project", str(CORPUS), "--cmd", cmd.strip()] + rest
    return subprocess.call(args, cwd=CORPUS)


if __name__ == "__main__":
    sys.exit(main())
