"""HTML widgets used by the form renderer."""
from html import escape


def text_input(field_id, value):
    return f'<input id="{escape(field_id)}" value="{escape(value or "")}">'


def hidden_input(field_id):
    return f'<input type="hidden" id="{escape(field_id)}">'
