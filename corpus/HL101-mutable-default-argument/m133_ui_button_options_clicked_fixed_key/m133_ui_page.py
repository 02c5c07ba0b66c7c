"""Page assembly: one toolbar with one button, clicked once before rendering."""
from m133_ui_button import Button
from m133_ui_render import render_button


def build_toolbar(wid, label):
    button = Button(wid, label)
    button.mark_clicked()
    return f"<nav>{render_button(button)}</nav>"
