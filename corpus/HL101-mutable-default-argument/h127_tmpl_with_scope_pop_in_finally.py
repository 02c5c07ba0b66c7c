"""Template runtime: `{% with %}` pushes a scope onto a stack kept in a list
default while its body renders, and names resolve through a ChainMap of the
stack, innermost first. A body naming an undefined variable raises KeyError,
which the renderer turns into an empty block. The scope is popped in
`finally`, so the stack is empty again after every block, the failing ones
included."""
import collections
import contextlib
import itertools

_ids = itertools.count()


@contextlib.contextmanager
def scope(values, stack=[]):  # expect: HL101 refuted
    stack.append(values)
    try:
        yield stack
    finally:
        stack.pop()


def render_with(values, names):
    try:
        with scope(values) as stack:
            context = collections.ChainMap(*reversed(stack))
            return " ".join(str(context[name]) for name in names)
    except KeyError:
        return ""


def scenario():
    n = next(_ids)
    shown = render_with({"user": f"u{n}", "total": n * 2.5}, ["user", "total"])
    hidden = render_with({"user": f"u{n}", "items": [n, n + 1]}, ["user", "discount"])
    return shown, hidden
