"""Article outline: `OutlineParser` tracks the open-element stack while
parsing an article so each heading is reported with its path
(`article > section > h2`). Void elements (<br>, <img>, ...) never get an
end tag, so they are not pushed; an end tag pops the element on top."""
import itertools
from html.parser import HTMLParser

_articles = itertools.count()
VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})


class OutlineParser(HTMLParser):
    # heaplint-todo: it flows into html.parser.HTMLParser.__init__(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, stack=[]):  # expect: HL101 refuted
        super().__init__(convert_charrefs=True)
        self.stack = stack
        self.headings = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] in ("h1", "h2", "h3") and data.strip():
            self.headings.append((" > ".join(self.stack[-3:]), data.strip()))


def scenario():
    n = next(_articles)
    parser = OutlineParser()
    parser.feed('<article><section><h2>Part %d</h2><p>Intro<br>text <img src="/i/%d.png"></p>'
                '</section></article>' % (n, n))
    parser.close()
    return parser.headings
