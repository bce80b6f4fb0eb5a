"""The console script's start (`reconcile`, `python -m reconcile`): what a short process
sets up before it loads click and the CLI.

A module of its own, importing nothing but reconcile.gencode (which imports nothing of
reconcile but the cache folder's location), so that the kept generated code is in place
before anything else is imported: click and the standard library modules it loads compile
regular expressions and named tuples too (some 20, every run, --help included), and the
CLI makes named tuples when it is imported. reconcile.cli.entry_point, the console script
of older installations, imports the CLI first and comes here.
"""

from __future__ import annotations

import gc
import os
import sys


def entry_point() -> None:
    """Console-script entry point.

    A run is one short process whose start-up (click, reconcile's modules) makes tens of
    thousands of long-lived objects and almost no garbage: the cyclic collector's passes
    over them are pure cost, so it is paused until a command is about to run
    (reconcile.cli's _resume_collection), then works as usual. Library callers' collectors
    are left alone.
    """
    gc.disable()
    # The code dataclasses, named tuples and regular expressions make, compiled in an
    # earlier run (reconcile.gencode): otherwise about a sixth of a cold diff's imports.
    from reconcile import gencode

    # Read at once: click's own patterns and named tuples, and those of the standard
    # library modules loaded from here on (dataclasses, inspect, tokenize), are kept too.
    generated = gencode.install(read=True)
    try:
        from reconcile.cli import main

        code = main()
    finally:
        if generated is not None:
            generated.save()
            gencode.uninstall(generated)
    # The process ends here, and what the run made lives until then: freezing it spares
    # the collector's passes over it while the interpreter shuts down.
    gc.freeze()
    if _nothing_left_to_run():
        # Nor is the rest of the shut-down wanted: freeing every module and object the run
        # made one by one (a cold diff: 18 M instructions, --help: 6 M). What it would do
        # that shows is flushing the standard streams (done here) and running exit
        # handlers (there are none).
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:  # e.g. a closed pipe: let the interpreter report it
            sys.exit(code)
        os._exit(code)
    sys.exit(code)


def _nothing_left_to_run() -> bool:
    """Whether the interpreter's shut-down would run no code of anyone's: no exit handler
    (atexit: coverage, multiprocessing, logging), no other thread to wait for, no tracer or
    profiler that reports when the program is done (a debugger, cProfile)."""
    import atexit
    import threading

    return (atexit._ncallbacks() == 0 and threading.active_count() == 1
            and sys.gettrace() is None and sys.getprofile() is None)
