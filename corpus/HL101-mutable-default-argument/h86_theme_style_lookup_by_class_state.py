"""Themed widgets: resolved style dicts are cached per (widget class, state) and exposed as a property."""
import itertools

THEME = {
    "TButton": {"padding": 4, "foreground": "#222"},
    "TEntry": {"padding": 2, "fieldbackground": "#fff"},
}
STATE_OVERRIDES = {"disabled": {"foreground": "#999"}, "active": {"foreground": "#005"}}


def resolve_style(widget_class, state, _cache={}):  # expect: HL101 refuted
    key = (widget_class, state)
    if key not in _cache:
        _cache[key] = {**THEME.get(widget_class, {}), **STATE_OVERRIDES.get(state, {})}
    return _cache[key]


class ThemedWidget:
    def __init__(self, widget_class, text):
        self.widget_class, self.text, self.state = widget_class, text, "normal"

    @property
    def style(self):
        return resolve_style(self.widget_class, self.state)


_renders = itertools.count()


def scenario():
    n = next(_renders)
    widget = ThemedWidget("TButton" if n % 2 else "TEntry", f"item {n}")
    widget.state = ("normal", "disabled", "active")[n % 3]
    return f"{widget.text}: {widget.style.get('foreground', '-')}"
