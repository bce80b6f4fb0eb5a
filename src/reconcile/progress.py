"""The progress callback that long stages accept: the library reports, the CLI draws.

A stage calls `progress(step, advance, total)` as work gets done: `step` names what is
counted ("files" read, "claims" extracted, "stories" aligned), `advance` how many more are
done, `total` how many there will be when known (None: unknown or unchanged).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

ProgressStep = Literal["files", "claims", "stories"]
Progress = Callable[[ProgressStep, int, "int | None"], None]
