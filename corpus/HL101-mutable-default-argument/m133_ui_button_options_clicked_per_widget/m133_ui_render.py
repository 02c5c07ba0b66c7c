"""Renders widgets to HTML (reads their attributes and options only)."""
from html import escape


def render_button(button):
    pressed = "true" if button.was_clicked() else "false"
    return (f'<button id="{escape(button.wid)}" class="{button.css_class()}" '
            f'aria-pressed="{pressed}">{escape(button.label)}</button>')
