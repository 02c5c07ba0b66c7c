"""Identifier classifier used by a template linter to highlight keywords and builtins."""
import builtins
import itertools
import keyword
import re

_ids = itertools.count()
_IDENT = re.compile(r"[A-Za-z_]\w*")


# heaplint-todo: identifiers found by `finditer` in an f-string with unknown parts: `keyword.iskeyword` of them is not decided (heaplint: unknown)
def classify(ident, _kinds={}):  # expect: HL101 refuted
    remember = _kinds.setdefault
    kind = _kinds.get(ident)
    if kind is not None:
        return kind
    if keyword.iskeyword(ident):
        kind = "keyword"
    elif hasattr(builtins, ident):
        kind = "builtin"
    else:
        return "name"
    return remember(ident, kind)


def highlight(source):
    spans = []
    for match in _IDENT.finditer(source):
        kind = classify(match.group())
        if kind != "name":
            spans.append((match.start(), match.end(), kind))
    return spans


def scenario():
    n = next(_ids)
    src = f"for item_{n} in range(limit_{n}):\n    total_{n} += len(item_{n}) or None\n"
    spans = highlight(src)
    assert [kind for _, _, kind in spans].count("keyword") == 4
