"""Markdown-to-text exporter: re.sub() calls a replacement function for each
[label](url) link that swaps it for "label[k]" and appends the url to the
`_notes=[]` default, which then renders the footnote block. The list is
never emptied, so every exported document's urls stay in the default (and
footnote numbers keep counting up across documents)."""
import itertools
import re

_docs = itertools.count()
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def to_plain_text(markdown, _notes=[]):  # expect: HL101 confirmed
    start = len(_notes)

    def replace(match):
        _notes.append(match.group(2))
        return f"{match.group(1)}[{len(_notes)}]"

    body = _LINK.sub(replace, markdown)
    footer = "\n".join(f"[{i + 1}] {url}" for i, url in enumerate(_notes) if i >= start)
    return body + "\n\n" + footer


def scenario():
    n = next(_docs)
    text = f"See [the changelog](https://example.org/releases/{n}) and [issue {n}](https://example.org/issues/{n * 7})."
    return to_plain_text(text)
