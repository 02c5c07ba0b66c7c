"""HTML outline builder: an HTMLParser subclass keeps open elements on a
stack to tell which heading text belongs to. Each page gets a new parser,
but the stack is the default list, and an unclosed trailing <p> (legal
HTML) is never popped, so one entry per page stays on it."""
import html.parser
import itertools

_pages = itertools.count()
VOID = {"br", "img", "hr", "meta", "link", "input"}


class OutlineParser(html.parser.HTMLParser):
    # heaplint-todo: it flows into html.parser.HTMLParser.__init__(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, stack=[], **kwargs):  # expect: HL101 confirmed
        super().__init__(**kwargs)
        self.stack, self.outline = stack, []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] in ("h1", "h2") and data.strip():
            self.outline.append("%s%s" % ("  " * (self.stack[-1][0] == "h2"), data.strip()))


def scenario():
    n = next(_pages)
    parser = OutlineParser(convert_charrefs=True)
    parser.feed('<h1>Release %d</h1><ul><li>fix #%d<li>docs</ul><p class="n%d">notes' % (n, n, n))
    parser.close()
    return parser.outline
