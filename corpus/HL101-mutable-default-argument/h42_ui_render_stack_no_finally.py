"""Templates: nested components render inside `rendering()`, which tracks the active path for errors.

`rendering()` pushes the component onto a default-list stack and pops it after the
`yield` with no `finally`: when a component raises, contextmanager throws into the
generator at the `yield`, the pop is skipped, and the failed path stays on the stack.
Escaped titles are memoised in a default dict emptied past 256 entries.
"""
import contextlib
import html
import itertools


class RenderError(Exception):
    """A component could not be rendered; the message names its path."""


class Component:
    def __init__(self, name, props, children=()):
        self.name = name
        self.props = props
        self.children = list(children)


@contextlib.contextmanager
# heaplint-todo: each render joins the whole stack, so the long run past the memo's bound reaches the step bound (heaplint: unknown)
def rendering(component, _stack=[]):  # expect: HL101 confirmed
    _stack.append(component)
    yield " > ".join(c.name for c in _stack)
    _stack.pop()


# heaplint-todo: the memo is emptied past 256 entries, and running past that bound with the page renderer runs out of the file's simulation budget (heaplint: unknown)
def escape_title(title, _memo={}):  # expect: HL101 refuted
    if title not in _memo:
        if len(_memo) > 256:
            _memo.clear()
        _memo[title] = html.escape(title, quote=True)
    return _memo[title]


def render(component):
    with rendering(component) as path:
        title = component.props.get("title")
        if title is None:
            raise RenderError(f"{path}: missing 'title'")
        body = html.escape(component.props.get("body", ""))
        inner = "".join(render(child) for child in component.children)
        return f'<section class="{component.name}"><h2>{escape_title(title)}</h2>{body}{inner}</section>'


def render_page(page):
    try:
        return 200, render(page)
    except RenderError as exc:
        return 500, f"<pre>{html.escape(str(exc))}</pre>"


STATUSES = ("pending", "paid", "shipped", "refunded")
_seq = itertools.count()


def scenario():
    n = next(_seq)
    cards = [
        Component("card", {"title": f"Order & {STATUSES[n % 4]}", "body": f"#{n}"}),
        Component("card", {"title": "Shipping"} if n % 2 else {"subtitle": "no title"}),
    ]
    page = Component("page", {"title": f"Dashboard <{n % 5}>"}, cards)
    status, body = render_page(page)
    return status, len(body)
