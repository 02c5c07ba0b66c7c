"""Markdown report writer: nested sections take their heading depth from a stack of open sections; a metric without data aborts the summary."""
import contextlib
import itertools


class EmptySection(Exception):
    pass


@contextlib.contextmanager
def section(lines, title, _open=[]):  # expect: HL101 confirmed
    _open.append(title)
    lines.append("#" * len(_open) + " " + title)
    yield
    _open.pop()


def write_summary(lines, metrics):
    with section(lines, "Summary"):
        for name, value in metrics.items():
            with section(lines, name):
                if value is None:
                    raise EmptySection(name)
                lines.append(f"{value:,}")


_runs = itertools.count()


def scenario():
    n = next(_runs)
    lines = []
    try:
        write_summary(lines, {f"Requests ({n})": n * 40, f"Errors ({n})": None})
    except EmptySection as exc:
        lines.append(f"_No data for {exc}_")
    return "\n".join(lines)
