"""Errors the library raises; the CLI maps each family to an exit code."""

from __future__ import annotations


class ReconcileError(Exception):
    """Base class of every error reconcile raises on purpose."""


class InputError(ReconcileError):
    """A file or folder could not be read as a story version (exit code 2)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Picklable, so an error raised in a --jobs or Dask worker reaches the caller intact.
        return (type(self), (self.path, self.problem))


class UsageError(ReconcileError):
    """The request itself is wrong: bad option values, too few sources (exit code 2)."""


class LedgerError(ReconcileError):
    """The claims ledger is missing, malformed or of an unknown schema (exit code 2)."""
