"""Defaults shared by every metric this process emits."""
import os

PREFIX = os.environ.get("METRICS_PREFIX", "shop.")
SAMPLE_RATE = float(os.environ.get("METRICS_SAMPLE_RATE", "1.0"))
DEFAULT_TAGS = ["env:prod", f"pid:{os.getpid()}"]


def describe():
    """Human-readable summary, printed by the worker at start-up."""
    tags = ",".join(DEFAULT_TAGS)
    return f"prefix={PREFIX} rate={SAMPLE_RATE} tags={tags}"
