"""Markdown-like parser: `[^label]` footnote references are numbered in the
order they appear and their texts are collected into a list default, which
`render` empties after writing the footnote section. Previews return early,
before that point, but each release note is previewed and then rendered in
full, and the full render empties the list."""
import itertools
import re

_ids = itertools.count()
FOOTNOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:\s*(.+)$", re.M)
FOOTNOTE_REF = re.compile(r"\[\^([^\]]+)\]")


def render(text, preview=False, notes=[]):  # expect: HL101 refuted
    definitions = dict(FOOTNOTE_DEF.findall(text))

    def number(match):
        notes.append(definitions.get(match.group(1), "?"))
        return "<sup>%d</sup>" % len(notes)

    body = FOOTNOTE_REF.sub(number, FOOTNOTE_DEF.sub("", text).strip())
    if preview:
        return body[:120]
    footer = "".join("<li>%s</li>" % note for note in notes)
    notes.clear()
    return "%s\n<ol>%s</ol>" % (body, footer)


def scenario():
    n = next(_ids)
    text = ("Release %d ships the new cache[^c] and parser[^p].\n"
            "[^c]: cache rewrite, ticket %d\n[^p]: parser fix, ticket %d" % (n, n, n + 1))
    return render(text, preview=True), render(text)
