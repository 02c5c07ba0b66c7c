"""Batch statistics: summarize() folds a batch into a Summary dataclass; the
default is one Summary instance made when the function was defined, so the
dashboard's running totals live in it. Besides bounded scalars it keeps the
outliers of the latest batch only: the list attribute is rebound to a new
list each call, and the previous batch's list is freed."""
import dataclasses
import itertools
import math

_batches = itertools.count()


@dataclasses.dataclass
class Summary:
    count: int = 0
    total: float = 0.0
    worst: float = 0.0
    outliers: list = dataclasses.field(default_factory=list)


def summarize(values, limit=3.0, into=Summary()):  # expect: HL101 refuted
    into.count += len(values)
    into.total += math.fsum(values)
    into.worst = max([into.worst, *values], key=abs)
    into.outliers = [v for v in values if abs(v) > limit]
    return into


def scenario():
    n = next(_batches)
    values = [((n * 7 + i * 3) % 11 - 5) * 0.9 + n * 1e-4 for i in range(6)]
    s = summarize(values)
    return f"n={s.count} mean={s.total / s.count:.3f} worst={s.worst:+.2f} outliers={len(s.outliers)}"
