"""Shared layout: the site title and nav labels are escaped once and memoised."""
from .filters import escape as _escape_text
from .store import escape_memo

SITE = "Fish & Chips <Co>"
NAV = ("Home", "Orders & Returns", "Help <FAQ>")


def escape(text):
    memo = escape_memo()
    if text not in memo:
        memo[text] = _escape_text(text)
    return memo[text]


def nav(active):
    links = (f'<a class="{"on" if label == active else "off"}">{escape(label)}</a>' for label in NAV)
    return "<nav>" + "".join(links) + "</nav>"


def layout(body, active="Home"):
    return f"<title>{escape(SITE)}</title>{nav(active)}<main>{body}</main>"
