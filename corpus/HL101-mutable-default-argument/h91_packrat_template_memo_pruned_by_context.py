"""Template placeholder parser: a packrat memo keyed by (source, pos) is shared by default; a context manager prunes the parse's entries in `finally`, so failed templates are dropped too."""
import contextlib
import itertools


@contextlib.contextmanager
def memo_scope(memo, source):
    try:
        yield memo
    finally:
        for key in [k for k in memo if k[0] == source]:
            del memo[key]


def parse_template(source, memo={}):  # expect: HL101 refuted
    names, pos = [], 0
    with memo_scope(memo, source) as table:
        while (pos := source.find("{", pos)) >= 0:
            if (source, pos) not in table:
                end = source.find("}", pos)
                table[source, pos] = (source[pos + 1:end], end + 1) if end > pos else None
            if table[source, pos] is None:
                raise ValueError(f"unclosed placeholder at {pos} in {source!r}")
            name, pos = table[source, pos]
            names.append(name)
    return names


_mails = itertools.count()


def scenario():
    n = next(_mails)
    tail = "" if n % 3 else " total {amount"
    try:
        return parse_template(f"Hi {{user{n}}}, order {{order}}{tail}")
    except ValueError:
        return None
