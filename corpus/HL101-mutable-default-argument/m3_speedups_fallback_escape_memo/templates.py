"""Comment templates: escaped bodies are memoized in a default dict keyed by the raw text."""
from markup import escape


def escape_cached(text, _memo={}):  # expect: HL101 confirmed
    if text not in _memo:
        _memo[text] = escape(text)
    return _memo[text]


def render_comment(author, body):
    return f"<p><em>{escape_cached(author)}</em>: {escape_cached(body)}</p>"
