"""Markdown renderer: `Document.toc` is a property that lists the headings
outside fenced code blocks. The collecting helper takes an `into` list
default but starts with `into = into or []`: the default is never appended
to, so it stays empty and every call without a list gets a new one."""
import itertools

_ids = itertools.count()


class Document:
    def __init__(self, text):
        self.lines = text.splitlines()

    def _headings(self, into=[]):  # expect: HL101 refuted
        into = into or []
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
