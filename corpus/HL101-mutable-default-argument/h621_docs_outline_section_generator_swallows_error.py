"""Reference-docs outline builder: `section()` is a contextmanager that pushes
the heading onto a stack default before the block and pops it after, so a
nested block sees its full heading path. The pop is not in a `finally`,
but the generator itself catches the ValueError an empty entry raises
(the half-rendered section is kept), so it always runs on to the pop."""
import contextlib
import itertools

_pages = itertools.count()


@contextlib.contextmanager
def section(title, anchor, stack=[]):  # expect: HL101 refuted
    stack.append((title, anchor))
    try:
        yield " > ".join(title for title, _ in stack)
    except ValueError:
        pass
    stack.pop()


def render_page(name, entries):
    lines = []
    with section(name.replace("_", " ").title(), f"#{name}") as path:
        lines.append(f"# {path}")
        for entry in entries:
            if not entry:
                raise ValueError(f"empty entry in {name}")
            lines.append(f"- `{entry}`")
    return lines


def scenario():
    n = next(_pages)
    entries = [f"parse_{n}", f"Reader{n}", "" if n % 2 else "DEFAULT_LIMIT"]
    try:
        return render_page(f"module_{n}", entries)
    except ValueError:
        return []
