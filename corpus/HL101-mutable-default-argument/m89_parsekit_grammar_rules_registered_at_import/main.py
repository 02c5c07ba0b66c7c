"""Formula service: each request tokenizes one user formula with the built-in grammar."""
import itertools

import parsekit

_formulas = itertools.count()


def scenario():
    n = next(_formulas)
    tokens = parsekit.tokenize(f"let total_{n} = {n} * 2.5 in (rate{n} - 1)")
    assert tokens[0] == ("kw_let", "let"), tokens
    return len(tokens)
