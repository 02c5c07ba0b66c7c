"""Inline markup: **bold**, _emphasis_ and `code`, memoised per source text."""
import re

_RULES = [
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"_(.+?)_"), r"<em>\1</em>"),
    (re.compile(r"`(.+?)`"), r"<code>\1</code>"),
]


def render_inline(text, cache={}):  # expect: HL101 confirmed
    if text in cache:
        return cache[text]
    html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for pattern, replacement in _RULES:
        html = pattern.sub(replacement, html)
    cache[text] = html
    return html
