"""Comment sanitiser: `Sanitiser` is an HTMLParser that keeps allow-listed
tags and drops the rest. Each widget page lets its own custom element
through by adding it to `allowed_tags`; the parser keeps its own copy of
the allow-list it was built with, so the property hands back that copy."""
import itertools
from html.parser import HTMLParser

_pages = itertools.count()


class Sanitiser(HTMLParser):
    def __init__(self, allowed={"p", "a", "em", "strong", "ul", "li"}, **kwargs):  # expect: HL101 refuted
        super().__init__(**kwargs)
        self._allowed = set(allowed)
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
