"""Moderation queue: `sanitise()` strips tags outside the allow-list and returns
the cleaned text with the removed tags concatenated onto the list passed in."""
import functools
import itertools
from html.parser import HTMLParser

_comments = itertools.count()
ALLOWED = frozenset({"b", "i", "em", "strong", "code"})


class _Stripper(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.kept, self.dropped = [], []
        self.handle_data = self.kept.append

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            return self.dropped.append(self.get_starttag_text())
        self.kept.append("<%s>" % tag)

    def handle_endtag(self, tag):
        self.kept.append("</%s>" % tag if tag in ALLOWED else "")


def sanitise(markup, strict=False, removed=[]):  # expect: HL101 refuted
    stripper = _Stripper()
    stripper.feed(markup)
    stripper.close()
    removed = removed + (stripper.dropped if strict else stripper.dropped[:1])
    return "".join(stripper.kept), removed


strict_clean = functools.partial(sanitise, strict=True)


def scenario():
    n = next(_comments)
    text, removed = strict_clean('<b>Nice</b> #%d <a href="http://spam.example/%d">win</a><img onerror=f()>' % (n, n))
    return text, len(removed)
