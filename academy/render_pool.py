"""Render many PDFs on every core: a bulk run of 500 certificates is bound by WeasyPrint's
layout work (pure Python, one core per process), so two processes halve the time.

The workers are forked from the process that runs the bulk job, so they start at once with
the settings, templates and fonts already loaded. They only lay out PDFs: they never use
the database (the parent saves every certificate) and they must never close the database
connections they inherited, because closing one would end the parent's session too.
"""

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from django.conf import settings
from django.db import connections

__all__ = ["BrokenProcessPool", "RenderPool", "processes_for"]

# References to the inherited connections, so a worker never garbage-collects (= closes) them.
_inherited = []


def _forget_parent_connections():
    for connection in connections.all(initialized_only=True):
        if connection.connection is not None:
            _inherited.append(connection.connection)
            connection.connection = None


def processes_for(count):
    """How many processes are worth starting for `count` documents (1 = render here)."""
    wanted = getattr(settings, "ACADEMY_RENDER_PROCESSES", 2)
    smallest = getattr(settings, "ACADEMY_RENDER_POOL_FROM", 20)
    if wanted <= 1 or count < smallest:
        return 1
    return max(1, min(wanted, os.cpu_count() or 1))


def _done(function, *args):
    future = Future()
    try:
        future.set_result(function(*args))
    except Exception as error:
        future.set_exception(error)
    return future


class RenderPool:
    """`submit(function, *args)` returns a Future; with one process it runs right away."""

    def __init__(self, processes):
        self.processes = processes
        self._executor = None

    def __enter__(self):
        if self.processes > 1:
            self._executor = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_forget_parent_connections,
            )
        return self

    def __exit__(self, *exc_info):
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        return False

    def submit(self, function, *args):
        if self._executor is None:
            return _done(function, *args)
        return self._executor.submit(function, *args)
