"""Renderer: wraps text in the opening and closing codes of a named or inline style.
An inline style is parsed once and remembered in the console's styles under its spec."""
from .style import parse_style


class Renderer:
    def __init__(self, color=True):
        self.color = color

    def render(self, console, text, style):
        if not style or not self.color:
            return text
        codes = console.styles.get(style)
        if codes is None:
            codes = console.styles[style] = parse_style(style)
        opening, closing = codes
        return f"{opening}{text}{closing}"
