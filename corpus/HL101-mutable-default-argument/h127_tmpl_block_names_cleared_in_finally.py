"""Template loader: `iter_blocks` scans a template for `{% block name %}` tags
and rejects a block name defined twice, remembering the names in a set
default. The layout resolver returns at the first `content` block, so the
generator is closed early; the set is emptied in `finally`, which also runs
when the abandoned generator is closed."""
import itertools
import re

_ids = itertools.count()
_BLOCK = re.compile(r"{%\s*block\s+(\w+)\s*%}")


class TemplateSyntaxError(Exception):
    pass


def iter_blocks(source, seen=set()):  # expect: HL101 refuted
    try:
        for match in _BLOCK.finditer(source):
            name = match.group(1)
            if name in seen:
                raise TemplateSyntaxError(f"block {name!r} defined twice")
            seen.add(name)
            yield match.start(), name
    finally:
        seen.clear()


def content_offset(source):
    for offset, name in iter_blocks(source):
        if name.startswith("content"):
            return offset
    return -1


def scenario():
    n = next(_ids)
    parts = ("head", "nav", "content", "sidebar", "footer")
    source = "".join(f"{{% block {part}_{n} %}}<p>{n}</p>{{% endblock %}}" for part in parts)
    return content_offset(source)
