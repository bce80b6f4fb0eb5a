"""The extraction stage's parts, one job per module; reconcile.extract composes them."""
