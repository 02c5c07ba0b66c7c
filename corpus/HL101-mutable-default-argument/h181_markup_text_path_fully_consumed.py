"""Feed importer: a tiny markup scanner yields (element path, text) pairs,
pushing each opening tag on a `path` list default and popping it at the
matching close tag. The importer consumes every pair of each document, so
the generator runs to the end and every push is matched by its pop: the
shared stack is empty again after each document."""
import itertools
import re

_PART = re.compile(r"<(/?)([^>]+)>|([^<]+)")
_ids = itertools.count()


def iter_text(markup, path=[]):  # expect: HL101 refuted
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
    return sum(len(text) for _, text in iter_text(doc))
