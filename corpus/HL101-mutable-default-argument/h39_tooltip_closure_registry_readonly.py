"""GUI toolkit: attach_tooltip() files a closure over the default style dict in a slot registry; the closure only reads the style."""
import itertools

_TOOLTIPS = {}


def attach_tooltip(widget_id, text, style={"delay_ms": 400, "placement": "top"}):  # expect: HL101 refuted
    def show():
        return f"[{style['placement']}+{style['delay_ms']}ms] {text}"

    _TOOLTIPS[widget_id % 16] = show
    return show


def hover(widget_id):
    return _TOOLTIPS[widget_id % 16]()


_widgets = itertools.count()


def scenario():
    n = next(_widgets)
    attach_tooltip(n, f"Save draft #{n}")
    attach_tooltip(n + 1, "Discard", {"delay_ms": 0, "placement": "left"})
    return hover(n), hover(n + 1)
