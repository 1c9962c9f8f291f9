"""Worker processes for CPU-bound work on untrusted bytes, each call bounded in time.

Feed parsing and article extraction (decoding included) run here, not in the monitor's
process: a call that overruns its wall-clock limit has its worker killed (SIGKILL) and
fails alone with a `WorkError`; a worker that dies (a crash in C code, the kernel's
out-of-memory killer) fails only the call it was running. The next call starts a fresh
worker. Workers are forked from multiprocessing's fork server, which imported the
program's modules once, so a fresh worker is warm within milliseconds; they start on
first use and are reused, so a call costs one pickled message each way.

It must not know what it runs: functions are sent by reference (module-level functions),
arguments and results are pickled; the caller translates a `WorkError` into its own
terms. Only `app` builds a pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import pickle
import signal
import socket
import struct
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any, Self, TypeVar

from monitor.errors import WorkError

__all__ = ["WorkPool"]

T = TypeVar("T")

_HEADER = struct.Struct("!i")  # multiprocessing.Connection's framing: length, then bytes
_LONG = struct.Struct("!Q")  # after a length of -1, for messages past 2 GiB


def _serve(conn: Connection) -> None:
    """A worker's life: run each call it is sent, answer with its result or exception."""
    # Ctrl-C reaches the whole process group; the monitor decides what stops, not a worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            fn, args = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):  # the monitor closed its end, or died (SIGKILL)
            return
        try:
            answer: tuple[bool, Any] = (True, fn(*args))
        except Exception as exc:
            exc.add_note(f"in a worker process:\n{traceback.format_exc()}".rstrip())
            answer = (False, exc)
        try:
            payload = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an exception that does not pickle: its words still do
            payload = pickle.dumps((False, RuntimeError(f"{type(answer[1]).__name__}: {exc}")))
        try:
            conn.send_bytes(payload)
        except OSError:  # nobody is left to answer: the monitor died or gave up on the call
            return


class _Worker:
    """One worker process and the parent's end of its socket."""

    def __init__(
        self, process: BaseProcess, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.process = process
        self.reader = reader
        self.writer = writer
        self.calls = 0

    async def call(self, payload: bytes) -> bytes:
        size = len(payload)
        head = _HEADER.pack(size) if size < 0x7FFFFFFF else _HEADER.pack(-1) + _LONG.pack(size)
        self.writer.write(head)
        self.writer.write(payload)
        await self.writer.drain()
        (size,) = _HEADER.unpack(await self.reader.readexactly(_HEADER.size))
        if size == -1:
            (size,) = _LONG.unpack(await self.reader.readexactly(_LONG.size))
        return await self.reader.readexactly(size)

    def kill(self) -> None:
        self.writer.close()
        with contextlib.suppress(ProcessLookupError, ValueError):
            self.process.kill()


class WorkPool:
    """Up to `workers` processes running calls of at most `limit` seconds each.

    Use as `async with WorkPool(2, 30.0) as pool:`, then `await pool.run(fn, *args)`;
    `preload` names the modules of the functions it will run, imported once for all; a
    worker is replaced after `calls_per_worker` calls.
    A call's limit counts from the call: the wait for a free worker is part of it, so a
    queue behind stuck workers ends at the limit instead of growing with each of them; only
    the start of a fresh worker process (the pool's cost, not the call's) is not counted.
    """

    def __init__(
        self,
        workers: int,
        limit: float,
        preload: tuple[str, ...] = (),
        calls_per_worker: int = 1000,
    ) -> None:
        if workers < 1 or not limit > 0 or calls_per_worker < 1:
            raise ValueError("WorkPool needs a worker, a positive limit and a call per worker")
        self.workers = workers
        self.limit = limit
        # a worker is retired after this many calls: whatever the parsers keep or leak
        # between calls (caches, fragments) cannot grow for the life of the daemon
        self.calls_per_worker = calls_per_worker
        self._slots = asyncio.Semaphore(workers)
        self._idle: list[_Worker] = []
        self._dead: list[BaseProcess] = []
        self._closed = False
        self._mp = multiprocessing.get_context("forkserver")
        # the fork server imports the program (and the modules named) once, so each worker
        # forked from it starts with them imported (`python -m` leaves `__main__` out)
        self._mp.set_forkserver_preload(["__main__", *preload])

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker; calls still running fail."""
        self._closed = True
        idle, self._idle = self._idle, []
        for worker in idle:
            worker.writer.close()  # an idle worker ends on its own at the end of its input
            self._dead.append(worker.process)
        self._reap()

    @property
    def started(self) -> int:
        """Workers alive and idle (for tests and metrics)."""
        return len(self._idle)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker process; WorkError when it overran or its worker died.

        `fn` must be a module-level function; its exceptions are raised here.
        """
        payload = pickle.dumps((fn, args), pickle.HIGHEST_PROTOCOL)
        loop = asyncio.get_running_loop()
        called = loop.time()
        deadline = called + self.limit
        try:
            async with asyncio.timeout_at(deadline):
                await self._slots.acquire()
        except TimeoutError:
            raise WorkError(
                f"not started: waited {self.limit:g} s for one of {self.workers} busy worker "
                "processes"
            ) from None
        try:
            waited = loop.time() - called
            if self._closed:
                raise WorkError("the worker pool is closed")
            if self._idle:
                worker = self._idle.pop()
            else:
                starting = loop.time()
                worker = await self._start()
                deadline += loop.time() - starting
            kept = False
            try:
                async with asyncio.timeout_at(deadline):
                    answer = await worker.call(payload)
                kept = True
            except TimeoutError:
                queued = (
                    f" ({waited:.1f} s of it waiting for a free worker)" if waited >= 0.1 else ""
                )
                raise WorkError(
                    f"took longer than {self.limit:g} s{queued}; its worker process was stopped"
                ) from None
            except (asyncio.IncompleteReadError, ConnectionError) as exc:
                raise WorkError(f"its worker process died ({self._exit_text(worker)})") from exc
            finally:
                worker.calls += 1
                if kept and not self._closed and worker.calls < self.calls_per_worker:
                    self._idle.append(worker)
                elif kept:  # retired: it ends on its own at the end of its input
                    worker.writer.close()
                    self._dead.append(worker.process)
                else:
                    worker.kill()
                    self._dead.append(worker.process)
                self._reap()
        finally:
            self._slots.release()
        ok, value = pickle.loads(answer)
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    async def _start(self) -> _Worker:
        ours, theirs = socket.socketpair()
        child = Connection(theirs.detach())
        process = self._mp.Process(target=_serve, args=(child,), daemon=True, name="kuril-work")
        try:
            # blocking (the first one starts the fork server): off the event loop
            await asyncio.to_thread(process.start)
        except BaseException:
            ours.close()
            raise
        finally:
            child.close()  # the worker has its own copy
        reader, writer = await asyncio.open_unix_connection(sock=ours)
        return _Worker(process, reader, writer)

    def _exit_text(self, worker: _Worker) -> str:
        with contextlib.suppress(ValueError):
            worker.process.join(0.5)
        code = worker.process.exitcode
        if code is None:
            return "it closed its end"
        if code < 0:
            with contextlib.suppress(ValueError):
                return f"killed by {signal.Signals(-code).name}"
        return f"exit status {code}"

    def _reap(self) -> None:
        """Release what the fork server tells of workers that ended (never blocks)."""
        alive: list[BaseProcess] = []
        for process in self._dead:
            try:
                ended = process.exitcode is not None
            except ValueError:  # closed already
                continue
            if ended:
                process.close()
            else:
                alive.append(process)
        self._dead = alive
