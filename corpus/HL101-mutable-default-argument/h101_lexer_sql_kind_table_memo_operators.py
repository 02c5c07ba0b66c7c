"""SQL lexer: lexemes are classified against a keyword table default that
also memoises the kind of each new lexeme it meets. Identifiers are only
looked up; only operator lexemes, a small fixed alphabet, are stored in
it."""
import itertools
import re

_ids = itertools.count()
_LEXEME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+|'[^']*'|<=|>=|<>|\S")


def kind_of(lexeme, table={"select": "KW", "from": "KW", "where": "KW", "and": "KW"}):  # expect: HL101 refuted
    if lexeme[0].isdigit():
        return "NUM"
    if lexeme[0] == "'":
        return "STR"
    if lexeme[0].isalpha() or lexeme[0] == "_":
        return table.get(lexeme.lower(), "NAME")
    return table.setdefault(lexeme, "OP")


def tokenize(sql):
    return [(kind_of(m.group()), m.group()) for m in _LEXEME.finditer(sql)]


def scenario():
    n = next(_ids)
    sql = f"SELECT id, total FROM orders_{n} WHERE total >= {n} AND note <> 'n{n}'"
    return sum(1 for kind, _ in tokenize(sql) if kind == "NAME")
