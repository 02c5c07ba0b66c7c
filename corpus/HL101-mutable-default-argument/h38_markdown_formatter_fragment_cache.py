"""Wiki renderer: the default formatter memoises every rendered line in an instance dict set up in __init__."""
import itertools
import re


class MarkdownFormatter:
    _HEADING = re.compile(r"^(#{1,6})\s+(.*)$")

    def __init__(self):
        self._cache = {}

    def line(self, text):
        if text not in self._cache:
            m = self._HEADING.match(text)
            if m:
                level = len(m.group(1))
                self._cache[text] = f"<h{level}>{m.group(2)}</h{level}>"
            else:
                self._cache[text] = f"<p>{text}</p>"
        return self._cache[text]


def render_page(source, formatter=MarkdownFormatter()):  # expect: HL101 confirmed
    return "".join(formatter.line(raw) for raw in source.splitlines() if raw.strip())


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return render_page(f"# Page {n}\nEdited by user{n}\n\nsee also")
