"""Issue tracker markup: linkify() turns "#123" references in a comment into
links with re.sub and a replacement function; each rendered link is kept in
the links table so the next reference to the issue reuses it."""
import itertools
import re

_comments = itertools.count()
_REF = re.compile(r"#(\d+)\b")


def linkify(text, links={"1": '<a href="/issues/1" title="Tracking issue">#1</a>'}):  # expect: HL101 confirmed
    def replace(match):
        number = match.group(1)
        return links.setdefault(number, f'<a href="/issues/{number}">#{number}</a>')

    return _REF.sub(replace, text)


def scenario():
    n = next(_comments)
    return linkify(f"Duplicate of #{n + 100}, see the tracking issue #1.")
