"""Plot styling: rc_context() pushes the current rcParams and restores them after the `yield`, without `finally`."""
import contextlib
import itertools

rcParams = {"lines.linewidth": 1.5, "axes.grid": False, "font.size": 10.0}


@contextlib.contextmanager
def rc_context(rc=None, _saved=[]):  # expect: HL101 confirmed
    _saved.append(dict(rcParams))
    rcParams.update(rc or {})
    yield rcParams
    rcParams.clear()
    rcParams.update(_saved.pop())


def render_bars(title, heights):
    with rc_context({"axes.grid": True, "font.size": 8.0}) as rc:
        if not heights:
            raise ValueError(f"{title}: nothing to plot")
        scale = rc["font.size"] / max(heights)
        return [f"{title}|{'#' * round(h * scale)}" for h in heights]


_figures = itertools.count()


def scenario():
    n = next(_figures)
    try:
        render_bars(f"empty run {n}", [])
    except ValueError:
        pass
    return render_bars(f"run {n}", [n % 7 + 1, n % 5 + 2, 3])
