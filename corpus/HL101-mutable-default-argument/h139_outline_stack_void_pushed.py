"""Article outline: `OutlineParser` tracks the open-element stack while
parsing an article so each heading is reported with its path
(`article > section > h2`). An end tag pops the stack when it closes the
element on top; the stack is the one passed in, the default otherwise."""
import itertools
from html.parser import HTMLParser

_articles = itertools.count()


class OutlineParser(HTMLParser):
    # heaplint-todo: it flows into html.parser.HTMLParser.__init__(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, stack=[]):  # expect: HL101 confirmed
        super().__init__(convert_charrefs=True)
        self.stack = stack
        self.headings = []

    def handle_starttag(self, tag, attrs):
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
