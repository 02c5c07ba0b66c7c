"""Upload worker: run one thumbnail job per call through the job registry."""
import itertools

import tasks  # noqa: F401  (registers the jobs)
from jobkit import REGISTRY

_uploads = itertools.count(1)


def scenario():
    n = next(_uploads)
    path = f"uploads/{n:07d}.png"
    width = tasks.SIZES[n % 3]
    try:
        return REGISTRY["thumbnail"](path, width)
    except ValueError as exc:
        return f"rejected: {exc}"
