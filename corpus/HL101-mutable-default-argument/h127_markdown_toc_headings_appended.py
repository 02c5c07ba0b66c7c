"""Markdown renderer: `Document.toc` is a property that lists the headings
outside fenced code blocks. The collecting helper appends to an `into` list
default and returns it, so each document's table of contents is built on top
of the headings of every document rendered before it."""
import itertools

_ids = itertools.count()


class Document:
    def __init__(self, text):
        self.lines = text.splitlines()

    def _headings(self, into=[]):  # expect: HL101 confirmed
        fenced = False
        for line in self.lines:
            if line.startswith("```"):
                fenced = not fenced
                continue
            if fenced or not line.startswith("#"):
                continue
            level = len(line) - len(line.lstrip("#"))
            into.append((level, line[level:].strip()))
        return into

    @property
    def toc(self):
        return "\n".join(f"{'  ' * (level - 1)}- {title}" for level, title in self._headings())


def scenario():
    n = next(_ids)
    text = f"# Release {n}\n\nNotes.\n\n```\n# not a heading {n}\n```\n\n## Fixes in {n}\n"
    return Document(text).toc.count("\n")
