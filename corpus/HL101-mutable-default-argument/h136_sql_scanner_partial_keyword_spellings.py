"""Word scanner shared by dialect front-ends through functools.partial,
with options forwarded as **kwargs. Keywords are recorded as written in a
keyword-only set default so a style check can flag mixed casing; the set
only ever holds spellings of the few keywords, whatever the names are."""
import functools
import itertools

_ids = itertools.count()
SQL_KEYWORDS = frozenset({"SELECT", "FROM", "WHERE", "AND", "OR", "AS", "LIMIT"})


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 13, 17 (heaplint: unknown)
def scan_words(src, *, keywords, spellings=set(), **opts):  # expect: HL101 refuted
    fold = str.upper if opts.get("case_insensitive") else str
    out = []
    for word in src.replace(",", " , ").split():
        folded = fold(word)
        if folded in keywords:
            spellings.add(word)
            out.append(("KW", folded))
        elif word.isidentifier():
            out.append(("NAME", word))
        else:
            out.append(("LIT", word))
    return out


scan_sql = functools.partial(scan_words, keywords=SQL_KEYWORDS, case_insensitive=True)


def scenario():
    n = next(_ids)
    return scan_sql(f"select id, amount_{n} as total from invoices_{n % 5} where id > {n} limit 10")
