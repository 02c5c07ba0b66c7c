"""Template placeholder parser: a packrat memo keyed by (source, pos) is shared by default; a parse prunes its own entries only after it succeeds, so templates that fail to parse stay in the table."""
import itertools


class TemplateSyntaxError(ValueError):
    pass


def _placeholder(source, pos, memo):
    key = (source, pos)
    if key not in memo:
        end = source.find("}", pos)
        memo[key] = (source[pos + 1:end], end + 1) if end > pos else None
    return memo[key]


def parse_template(source, memo={}):  # expect: HL101 confirmed
    names, pos = [], 0
    while (pos := source.find("{", pos)) >= 0:
        found = _placeholder(source, pos, memo)
        if found is None:
            raise TemplateSyntaxError(f"unclosed placeholder at {pos} in {source!r}")
        name, pos = found
        names.append(name)
    for key in [k for k in memo if k[0] == source]:
        del memo[key]
    return names


_mails = itertools.count()


def scenario():
    n = next(_mails)
    tail = "" if n % 3 else " total {amount"
    try:
        return parse_template(f"Hi {{user{n}}}, order {{order}}{tail}")
    except TemplateSyntaxError:
        return None
