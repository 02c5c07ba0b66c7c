"""Doc renderer: the default HtmlFormatter holds only class-level compiled regexes and returns new strings."""
import itertools
import re


class HtmlFormatter:
    _ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
    _SPECIAL = re.compile(r"[&<>]")
    _BOLD = re.compile(r"\*\*(.+?)\*\*")

    def escape(self, text):
        return self._SPECIAL.sub(lambda m: self._ESCAPES[m.group(0)], text)

    def paragraph(self, text):
        return "<p>" + self._BOLD.sub(r"<b>\1</b>", self.escape(text)) + "</p>"


def render(doc, formatter=HtmlFormatter()):  # expect: HL101 refuted
    title = formatter.escape(doc["title"])
    body = "\n".join(formatter.paragraph(p) for p in doc["paragraphs"])
    return f"<h1>{title}</h1>\n{body}"


_docs = itertools.count()


def scenario():
    n = next(_docs)
    doc = {"title": f"Release {n} <beta>", "paragraphs": [f"Fixes **{n}** bugs & more", "Thanks!"]}
    return render(doc)
