"""`python -m reconcile`: the same as the `reconcile` command."""

from reconcile.cli import entry_point

entry_point()
