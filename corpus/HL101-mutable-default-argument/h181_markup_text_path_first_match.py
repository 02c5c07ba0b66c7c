"""Feed importer: a tiny markup scanner yields (element path, text) pairs,
pushing each opening tag on a `path` list default and popping it at the
matching close tag. The importer only wants each document's first text,
so it drops the generator while it is suspended inside the elements: the
close tags are never scanned and the open tags stay on the shared stack."""
import itertools
import re

_PART = re.compile(r"<(/?)([^>]+)>|([^<]+)")
_ids = itertools.count()


def iter_text(markup, path=[]):  # expect: HL101 confirmed
    for closing, tag, text in _PART.findall(markup):
        if text.strip():
            yield "/".join(path), text.strip()
        elif closing:
            path.pop()
        elif tag:
            path.append(tag)


def scenario():
    n = next(_ids)
    doc = f'<feed><entry id="urn:item:{n:08d}"><title>Release {n}</title></entry></feed>'
    _, first = next(iter_text(doc), ("", ""))
    return len(first)
