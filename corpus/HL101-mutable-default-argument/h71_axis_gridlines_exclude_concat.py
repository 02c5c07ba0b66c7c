"""Linear axis helpers: "nice" tick steps, tick positions and major/minor gridlines."""
import itertools
import math


def nice_step(span, target=5):
    raw = span / target
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if raw <= multiple * magnitude:
            return multiple * magnitude


def ticks(lo, hi, step, exclude=[]):  # expect: HL101 refuted
    first = math.ceil(lo / step) * step
    count = int((hi - first) // step) + 1
    hidden = lambda t: any(math.isclose(t, e) for e in exclude)
    return [round(first + i * step, 9) for i in range(count) if not hidden(first + i * step)]


def gridlines(lo, hi, exclude=[]):  # expect: HL101 refuted
    step = nice_step(hi - lo)
    majors = ticks(lo, hi, step, exclude)
    exclude = exclude + majors
    minors = ticks(lo, hi, step / 5, exclude)
    return majors, minors


def axis_spec(name, lo, hi):
    majors, minors = gridlines(lo, hi)
    labels = [f"{t:g}" for t in majors]
    return {"axis": name, "range": (lo, hi), "major": labels, "minor": len(minors)}


_frames = itertools.count()


def scenario():
    n = next(_frames)
    lo = n * 100.0
    return axis_spec("x", lo, lo + 37 + n % 13), axis_spec("y", -n - 1.0, float(n % 7 + 5))
