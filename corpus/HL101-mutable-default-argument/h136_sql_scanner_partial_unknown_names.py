"""Word scanner shared by dialect front-ends through functools.partial,
with options forwarded as **kwargs. Identifiers that are not keywords are
collected in a keyword-only set default for the "did you mean" report, so
every column, table and alias name of every query stays in it."""
import functools
import itertools

_ids = itertools.count()
SQL_KEYWORDS = frozenset({"SELECT", "FROM", "WHERE", "AND", "OR", "AS", "LIMIT"})


def scan_words(src, *, keywords, unknown=set(), **opts):  # expect: HL101 confirmed
    fold = str.upper if opts.get("case_insensitive") else str
    out = []
    for word in src.replace(",", " , ").split():
        folded = fold(word)
        if folded in keywords:
            out.append(("KW", folded))
        elif word.isidentifier():
            unknown.add(folded)
            out.append(("NAME", word))
        else:
            out.append(("LIT", word))
    return out


scan_sql = functools.partial(scan_words, keywords=SQL_KEYWORDS, case_insensitive=True)


def scenario():
    n = next(_ids)
    return scan_sql(f"select id, amount_{n} as total from invoices_{n % 5} where id > {n} limit 10")
