"""Formula evaluation: each formula is (op, left, right) over names or
numbers, looked up in a scope layered over the sheet constants.
The scope is `ChainMap(env, inputs)`: a ChainMap writes to its first
mapping, so every computed cell is stored in the module-level DEFAULTS."""
import collections
import operator

from .constants import DEFAULTS

OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}


def evaluate(formulas, inputs, env=DEFAULTS):  # expect: HL101 confirmed
    scope = collections.ChainMap(env, inputs)
    places = scope["currency_places"]
    for name, (op, left, right) in formulas.items():
        a = scope[left] if isinstance(left, str) else left
        b = scope[right] if isinstance(right, str) else right
        scope[name] = round(OPS[op](a, b), places)
    return {name: scope[name] for name in formulas}
