"""Least-squares line fits with an optional fit history, gated by the module's verbosity."""
import itertools
import logging

logger = logging.getLogger("numlib.fit")
DEFAULTS = {"verbosity": 1, "min_points": 2}
_options = dict(DEFAULTS)


def set_verbosity(level):
    previous = _options["verbosity"]
    _options["verbosity"] = int(level)
    return previous


def _tracing():
    return _options["verbosity"] >= 2


def fit_line(xs, ys, history=[]):  # expect: HL101 refuted
    if len(xs) < _options["min_points"]:
        raise ValueError("not enough points for a fit")
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    intercept = my - slope * mx
    if _tracing():
        history.append((n, slope, intercept))
        logger.debug("fit %d points: slope=%g intercept=%g", n, slope, intercept)
    return slope, intercept


set_verbosity(DEFAULTS["verbosity"])
_series = itertools.count()


def scenario():
    k = next(_series)
    xs = [0.0, 1.0, 2.0, 3.0]
    return fit_line(xs, [0.5 * k * x + k + (x % 2) * 0.1 for x in xs])
