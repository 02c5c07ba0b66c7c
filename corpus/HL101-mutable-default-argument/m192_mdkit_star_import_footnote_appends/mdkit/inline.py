"""Inline Markdown helpers: emphasis and footnotes."""
import html

__all__ = ["emphasis", "footnote", "render_notes"]


def _escape(text):
    return html.escape(text, quote=False)


def emphasis(text):
    return f"<em>{_escape(text)}</em>"


def footnote(text, notes=[]):  # expect: HL101 confirmed
    """Add a footnote; returns its reference mark and the notes so far."""
    notes.append(_escape(text))
    return f'<sup id="fnref{len(notes)}">{len(notes)}</sup>', notes


def render_notes(notes):
    items = "".join(f'<li id="fn{i}">{note}</li>' for i, note in enumerate(notes, 1))
    return f'<ol class="footnotes">{items}</ol>'
