"""Markdown-like parser: reference-style link definitions (`[id]: url`) are
collected on a first pass and resolved when the document is rendered. The
constructor's default link table is the class-level DEFAULT_LINKS dict, but
it copies the table onto self before adding the document's definitions, so
the class-wide dict is only read."""
import itertools
import re

_docs = itertools.count()
REF_DEF = re.compile(r"^\[([^\]]+)\]:\s*(\S+)\s*$")
REF_USE = re.compile(r"\[([^\]]+)\]\[([^\]]*)\]")


class Document:
    DEFAULT_LINKS = {"home": "https://example.org/"}

    def __init__(self, source, links=DEFAULT_LINKS):  # expect: HL101 refuted
        self.links = dict(links)
        self.body = []
        for line in source.splitlines():
            match = REF_DEF.match(line)
            if match:
                self.links[match.group(1).lower()] = match.group(2)
            else:
                self.body.append(line)

    def _link(self, match):
        url = self.links.get((match.group(2) or match.group(1)).lower())
        return '<a href="%s">%s</a>' % (url, match.group(1)) if url else match.group(0)

    @property
    def html(self):
        return "\n".join(REF_USE.sub(self._link, line) for line in self.body if line)


def scenario():
    n = next(_docs)
    return Document("See [the spec][spec%d] and [home][].\n\n[spec%d]: https://example.org/spec/%d" % (n, n, n)).html
