"""Tasks in worker processes whose time and memory limits are enforced from outside.

A task is ``(key, args)`` for one function named ``"module:function"``; :func:`run_local`
keeps ``workers`` processes busy and :func:`run_on_cluster` sends the same tasks to a Dask
distributed cluster, where each Dask worker hands them to a process of its own. Either way a
task runs in the *main thread* of a worker process (SymPy's deadlines use SIGALRM there), the
parent kills that process once the task has run ``limit`` seconds and starts a new one, and the
process may allocate at most ``memory_mb`` more than it started with (RLIMIT_AS). The answer is
an :class:`Outcome`; one pathological task never delays the others beyond its own limit.

>>> [o.value for o in run_local("operator:add", [("a", (1, 2)), ("b", (3, 4))], workers=2)]
[3, 7]
>>> run_local("time:sleep", [("slow", (60,))], limit=0.5)[0].status
'killed'
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

Task = tuple[str, tuple]  # (key, positional arguments)
MEMORY_MB = 2048  # default: what a task may allocate beyond the worker's own size
STATUSES = ("ok", "killed", "memory", "error", "crashed")
CONNECT = 10.0  # seconds to reach a Dask scheduler
STARTUP = 120.0  # seconds a new worker process may take to import what it needs


@dataclass(frozen=True)
class Outcome:
    """How one task ended: ``ok`` (``value`` is its result), ``killed`` past its time limit,
    ``memory`` past its memory limit, ``error`` (it raised; ``value`` is the message) or
    ``crashed`` (the process died)."""

    key: str
    status: str
    value: Any
    seconds: float


def _call(target: str) -> Callable[..., Any]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _limit_memory(memory_mb: int | None) -> None:
    """RLIMIT_AS at the current address space plus ``memory_mb``: a runaway task gets a
    MemoryError instead of taking the machine down."""
    if not memory_mb:
        return
    with open("/proc/self/statm", encoding="ascii") as fh:
        size = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    cap = size + memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (cap, resource.getrlimit(resource.RLIMIT_AS)[1]))


def _serve(conn: Connection, memory_mb: int | None, preload: Sequence[str] = ()) -> None:
    """The worker's loop: ``(key, target, args)`` in, ``(key, status, value)`` out; None ends.
    It says "ready" first, once ``preload`` is imported (a fresh interpreter takes a second
    for SymPy, which must not count against the first task's limit)."""
    for module in preload:
        importlib.import_module(module)
    _limit_memory(memory_mb)
    conn.send("ready")
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        key, target, args = msg
        try:
            reply = (key, "ok", _call(target)(*args))
        except MemoryError:
            reply = (key, "memory", f"more than {memory_mb} MB")
        except Exception as exc:  # the parent reports it; the worker lives on
            reply = (key, "error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except MemoryError:
            conn.send((key, "memory", f"more than {memory_mb} MB"))
        except Exception as exc:  # an unpicklable result
            conn.send((key, "error", f"the result could not be sent: {exc}"))


class Worker:
    """One worker process and its pipe. ``fork`` (cheap, inherits the loaded modules) from a
    single-threaded parent; ``spawn`` starts a fresh interpreter (from a Dask worker, whose
    threads make forking unsafe and whose daemonic processes may not have children)."""

    def __init__(self, memory_mb: int | None = MEMORY_MB, start: str = "fork",
                 preload: Sequence[str] = ()):
        self.memory_mb, self.start = memory_mb, start
        self.task: tuple[str, float] | None = None  # (key, monotonic start)
        if start == "fork":
            self.conn, child = mp.get_context("fork").Pipe()
            self.proc: Any = mp.get_context("fork").Process(
                target=_serve, args=(child, memory_mb, tuple(preload)), daemon=True)
            self.proc.start()
            child.close()
        else:
            down_r, down_w = os.pipe()
            up_r, up_w = os.pipe()
            code = (f"import symact.workers as w; w._serve(w._duplex({down_r}, {up_w}), "
                    f"{memory_mb!r}, {tuple(preload)!r})")
            self.proc = subprocess.Popen([sys.executable, "-c", code], pass_fds=(down_r, up_w),
                                         stdout=subprocess.DEVNULL, close_fds=True)
            os.close(down_r)
            os.close(up_w)
            self.conn = _Duplex(Connection(up_r, writable=False),
                                Connection(down_w, readable=False))
        if not self.conn.poll(STARTUP) or self.conn.recv() != "ready":
            self.kill()
            raise RuntimeError(f"a worker process did not start within {STARTUP:g} s")

    def send(self, key: str, target: str, args: tuple) -> None:
        self.task = (key, time.monotonic())
        self.conn.send((key, target, args))

    def alive(self) -> bool:
        return self.proc.poll() is None if self.start == "spawn" else self.proc.is_alive()

    def kill(self) -> None:
        self.proc.kill()
        if self.start == "spawn":
            self.proc.wait()
        else:
            self.proc.join()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5) if self.start == "spawn" else self.proc.join(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        if self.alive():
            self.kill()
        else:
            self.conn.close()

    def call(self, key: str, target: str, args: tuple, limit: float) -> Outcome:
        """Run one task and wait for it at most ``limit`` s (then kill this process)."""
        self.send(key, target, args)
        started = self.task[1]
        ready = self.conn.poll(limit)
        return self.result() if ready else self.overrun(limit, started)

    def result(self) -> Outcome:
        key, started = self.task or ("", time.monotonic())
        self.task = None
        try:
            got, status, value = self.conn.recv()
        except (EOFError, OSError):  # it died: wait a moment for its exit code
            try:
                code = (self.proc.wait(timeout=2) if self.start == "spawn" else
                        (self.proc.join(timeout=2), self.proc.exitcode)[1])
            except subprocess.TimeoutExpired:
                code = None
            return Outcome(key, "crashed", f"the worker ended with code {code}",
                           time.monotonic() - started)
        return Outcome(got, status, value, time.monotonic() - started)

    def overrun(self, limit: float, started: float) -> Outcome:
        key = self.task[0] if self.task else ""
        self.kill()
        return Outcome(key, "killed", f"killed after {limit:g} s", time.monotonic() - started)


class _Duplex:
    """Two one-way connections as one (the spawned worker's pipes)."""

    def __init__(self, reader: Connection, writer: Connection):
        self.reader, self.writer = reader, writer

    def send(self, obj: Any) -> None:
        self.writer.send(obj)

    def recv(self) -> Any:
        return self.reader.recv()

    def poll(self, timeout: float) -> bool:
        return self.reader.poll(timeout)

    def fileno(self) -> int:
        return self.reader.fileno()

    def close(self) -> None:
        self.reader.close()
        self.writer.close()


def _duplex(read_fd: int, write_fd: int) -> _Duplex:
    return _Duplex(Connection(read_fd, writable=False), Connection(write_fd, readable=False))


def run_local(target: str, tasks: Sequence[Task], *, workers: int | None = None,
              limit: float = 60.0, memory_mb: int | None = MEMORY_MB,
              on_done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Every task on ``workers`` local processes (default: all cores), in the tasks' order."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(tasks)))
    pending = list(enumerate(tasks))
    out: dict[int, Outcome] = {}
    pool: list[Worker] = []
    busy: dict[int, int] = {}  # worker slot -> task index
    try:
        pool = [Worker(memory_mb) for _ in range(workers)]
        while pending or busy:
            for slot in range(len(pool)):
                if slot not in busy and pending:
                    if not pool[slot].alive():  # died while idle (the OOM killer)
                        pool[slot] = Worker(memory_mb)
                    i, (key, args) = pending.pop(0)
                    pool[slot].send(key, target, args)
                    busy[slot] = i
            now = time.monotonic()
            due = min(pool[s].task[1] + limit for s in busy)
            ready = wait([pool[s].conn for s in busy], timeout=max(due - now, 0.0) + 0.01)
            for slot in list(busy):
                w = pool[slot]
                if w.conn in ready:
                    done = w.result()
                elif time.monotonic() > w.task[1] + limit:
                    done = w.overrun(limit, w.task[1])
                else:
                    continue
                out[busy.pop(slot)] = done
                if on_done:
                    on_done(done)
                if done.status in ("killed", "crashed") or not w.alive():
                    if w.alive():
                        w.kill()
                    pool[slot] = Worker(memory_mb)
    finally:  # busy workers (an interrupt) are killed at once, idle ones asked to stop
        for slot, w in enumerate(pool):
            w.kill() if slot in busy else w.stop()
    return [out[i] for i in range(len(tasks))]


def run(target: str, tasks: Sequence[Task], *, workers: int | None = None,
        scheduler: str | None = None, limit: float = 60.0, memory_mb: int | None = MEMORY_MB,
        on_done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """:func:`run_on_cluster` when a ``scheduler`` is given, else :func:`run_local`."""
    if scheduler:
        return run_on_cluster(target, tasks, scheduler, limit=limit, memory_mb=memory_mb,
                              on_done=on_done)
    return run_local(target, tasks, workers=workers, limit=limit, memory_mb=memory_mb,
                     on_done=on_done)


_local = threading.local()  # one worker process per thread of a Dask worker


def _cluster_task(key: str, target: str, args: tuple, limit: float,
                  memory_mb: int | None) -> Outcome:
    """Runs inside a Dask worker: the task in this thread's own worker process."""
    w = getattr(_local, "worker", None)
    if w is None or not w.alive():
        w = _local.worker = Worker(memory_mb, start="spawn",
                                   preload=(target.partition(":")[0],))
    done = w.call(key, target, args, limit)
    if done.status in ("killed", "crashed"):
        _local.worker = None
    return done


def run_on_cluster(target: str, tasks: Sequence[Task], scheduler: str, *,
                   limit: float = 60.0, memory_mb: int | None = MEMORY_MB,
                   on_done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Every task on the Dask distributed cluster at ``scheduler`` (``tcp://host:port``), in
    the tasks' order; the cluster's workers must be able to import symact."""
    from distributed import Client, as_completed

    # a worker process takes a first import of SymPy; the limit counts from the task's start
    run = uuid.uuid4().hex[:12]  # keys unique per run: the scheduler may remember old ones
    with Client(scheduler, timeout=CONNECT) as client:
        try:  # a scheduler without workers would accept the tasks and never run them
            client.wait_for_workers(1, timeout=CONNECT)
        except TimeoutError:
            raise TimeoutError(f"the scheduler has no workers (waited {CONNECT:g} s)") from None
        futures = [client.submit(_cluster_task, key, target, args, limit, memory_mb,
                                 key=f"symact-{run}-{i}", pure=False, retries=0)
                   for i, (key, args) in enumerate(tasks)]
        index = {f.key: i for i, f in enumerate(futures)}
        out: dict[int, Outcome] = {}
        for fut in as_completed(futures):
            try:
                done = fut.result()
            except Exception as exc:  # a lost Dask worker, not the task's fault
                done = Outcome(tasks[index[fut.key]][0], "crashed", f"{type(exc).__name__}: "
                               f"{exc}", 0.0)
            out[index[fut.key]] = done
            if on_done:
                on_done(done)
    return [out[i] for i in range(len(tasks))]
