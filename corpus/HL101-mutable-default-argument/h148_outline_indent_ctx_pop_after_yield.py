"""Settings dump: sections are written inside an `indented()` context manager
that pushes (section, step) on a default stack and yields the indent prefix.
The pop after the yield is not in a `finally`, so a value failing its format
spec inside the block skips it, and the caller's fallback leaves one entry
per dump on the stack."""
import contextlib
import itertools

_dumps = itertools.count()


@contextlib.contextmanager
def indented(section, step=2, _stack=[]):  # expect: HL101 confirmed
    _stack.append((section, step))
    yield " " * sum(step for _, step in _stack)
    _stack.pop()


def dump(name, settings):
    lines = [f"[{name}]"]
    try:
        with indented(name) as prefix:
            for key, (value, spec) in settings.items():
                if value is None:
                    continue
                lines.append(f"{prefix}{key} = {format(value, spec)}")
    except ValueError as exc:
        lines.append(f"  ! {name}: {exc!s}")
    return "\n".join(lines)


def scenario():
    n = next(_dumps)
    settings = {"threads": (n % 8 + 1, "d"), "proxy": (None, "s"), "ratio": ("auto", ".2f")}
    return dump(f"worker-{n}", settings)
