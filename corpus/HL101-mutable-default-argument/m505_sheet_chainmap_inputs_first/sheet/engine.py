"""Formula evaluation: each formula is (op, left, right) over names or
numbers, looked up in a scope layered over the sheet constants.
The scope is `ChainMap(inputs, env)`: a ChainMap writes to its first
mapping, so computed cells go into the per-sheet inputs and DEFAULTS is
only read."""
import collections
import operator

from .constants import DEFAULTS

OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}


def evaluate(formulas, inputs, env=DEFAULTS):  # expect: HL101 refuted
    scope = collections.ChainMap(inputs, env)
    places = scope["currency_places"]
    for name, (op, left, right) in formulas.items():
        a = scope[left] if isinstance(left, str) else left
        b = scope[right] if isinstance(right, str) else right
        scope[name] = round(OPS[op](a, b), places)
    return {name: scope[name] for name in formulas}
