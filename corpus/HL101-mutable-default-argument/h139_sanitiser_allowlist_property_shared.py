"""Comment sanitiser: `Sanitiser` is an HTMLParser that keeps allow-listed
tags and drops the rest. Each widget page lets its own custom element
through by adding it to `allowed_tags`, which hands back the set the
parser was built with (the default allow-list unless one is passed)."""
import itertools
from html.parser import HTMLParser

_pages = itertools.count()


class Sanitiser(HTMLParser):
    # heaplint-todo: it flows into html.parser.HTMLParser.__init__(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, allowed={"p", "a", "em", "strong", "ul", "li"}, **kwargs):  # expect: HL101 confirmed
        super().__init__(**kwargs)
        self._allowed = allowed
        self.out = []

    @property
    def allowed_tags(self):
        return self._allowed

    def handle_starttag(self, tag, attrs):
        if tag in self._allowed:
            self.out.append("<%s>" % tag)

    def handle_endtag(self, tag):
        if tag in self._allowed:
            self.out.append("</%s>" % tag)

    def handle_data(self, data):
        self.out.append(data)


def scenario():
    n = next(_pages)
    widget = "x-widget-%d" % n
    parser = Sanitiser(convert_charrefs=True)
    parser.allowed_tags.add(widget)
    parser.feed("<p>Hi <%s>%d</%s><script>evil()</script></p>" % (widget, n, widget))
    parser.close()
    return "".join(parser.out)
