"""Markup renderer: node types are rendered by singledispatchmethod implementations."""
import functools
import html
import itertools
from dataclasses import dataclass


@dataclass
class Text:
    text: str
    style: str = "plain"


@dataclass
class Link:
    href: str
    label: str


class Renderer:
    @functools.singledispatchmethod
    def render(self, node):
        raise TypeError(type(node).__name__)

    @render.register
    def _(self, node: Text, _tags={}):  # expect: HL101 refuted
        key = node.style
        if key not in _tags:
            _tags[key] = {"bold": "b", "italic": "i"}.get(node.style, "span")
        return f"<{_tags[key]}>{html.escape(node.text)}</{_tags[key]}>"

    @render.register
    def _(self, node: Link):
        return f'<a href="{html.escape(node.href)}">{self.render(Text(node.label))}</a>'


_renderer = Renderer()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return _renderer.render(Link(f"/items/{n}", f"item {n}"))
