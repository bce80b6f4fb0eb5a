"""`python -m reconcile`: the same as the `reconcile` command."""

from reconcile.entry import entry_point

entry_point()
