"""Page layouts shared by all section builders."""

__all__ = ["PageLayout", "CORPORATE", "PLAIN"]


class PageLayout:
    def __init__(self, width=80, indent=2, footnotes=[]):  # expect: HL101 refuted
        self.width = width
        self.indent = indent
        self.footnotes = footnotes

    def note(self, text):
        text = " ".join(text.split())
        if text in self.footnotes:
            return self.footnotes.index(text) + 1
        self.footnotes.append(text)
        return len(self.footnotes)

    def wrap(self, line):
        return " " * self.indent + line[: self.width - self.indent]

    def render_notes(self):
        return ["[%d] %s" % (i, t) for i, t in enumerate(self.footnotes, 1)]


CORPORATE = PageLayout(width=72, indent=4)
PLAIN = PageLayout()
