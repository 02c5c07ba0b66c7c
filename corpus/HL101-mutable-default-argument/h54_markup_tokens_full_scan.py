"""Streaming tokenizer for the tiny tag markup used in message templates."""
import itertools
import re
from collections import namedtuple

Token = namedtuple("Token", "kind value depth")
_TAG_RE = re.compile(r"<(/?)([A-Za-z][\w.-]*)>|([^<]+)")
_ids = itertools.count()


def iter_tokens(source, _open_tags=[]):  # expect: HL101 refuted
    for match in _TAG_RE.finditer(source):
        closing, name, text = match.groups()
        if text is not None:
            if text.strip():
                yield Token("text", text.strip(), len(_open_tags))
            continue
        if closing:
            if not _open_tags or _open_tags[-1] != name:
                raise ValueError("unbalanced </%s>" % name)
            _open_tags.pop()
            yield Token("close", name, len(_open_tags))
        else:
            _open_tags.append(name)
            yield Token("open", name, len(_open_tags))


def first_heading(source):
    texts = [tok.value for tok in iter_tokens(source) if tok.kind == "text"]
    return texts[0] if texts else None


def scenario():
    n = next(_ids)
    doc = "<msg-%d><h1>Invoice %d</h1><p>due soon</p></msg-%d>" % (n, n, n)
    return first_heading(doc)
