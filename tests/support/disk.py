"""A small real file system for full-disk tests: a tmpfs mounted on a folder, and a
filler that writes until the kernel answers ENOSPC.

    with small_tmpfs(tmp_path / "state") as state:
        filler = fill(state)      # the disk is full now
        filler.unlink()           # and has room again
"""

from __future__ import annotations

import errno
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

__all__ = ["fill", "small_tmpfs"]


@contextmanager
def small_tmpfs(folder: Path, size: str = "8m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `folder` (created); the test is skipped where mounting
    is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def fill(folder: Path) -> Path:
    """Write zeros until the file system says ENOSPC; the file that holds them."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as out:
        for size in (1 << 20, 1 << 12, 1):
            try:
                while out.write(b"\0" * size):
                    pass
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    return filler
