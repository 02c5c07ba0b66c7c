"""sympy-like Add with argument flattening that an evaluate(False) context switches off."""
import contextlib
import itertools
import types

global_parameters = types.SimpleNamespace(evaluate=True)
_terms = itertools.count()


@contextlib.contextmanager
def evaluate(flag):
    old = global_parameters.evaluate
    global_parameters.evaluate = flag
    try:
        yield
    finally:
        global_parameters.evaluate = old


def is_sequence(obj):
    return isinstance(obj, (list, tuple))


def flatten_args(args, out=[]):  # expect: HL101 confirmed
    if not global_parameters.evaluate:
        return list(args)
    for a in args:
        if is_sequence(a):
            flatten_args(a, out)
        else:
            out.append(a)
    return out


class Add:
    def __init__(self, *args):
        self.args = tuple(flatten_args(args))


def scenario():
    n = next(_terms)
    with evaluate(False):
        nested = Add(f"x_{n}", [f"y_{n}", (n, "z")])
    return " + ".join(map(str, Add(nested.args, "1").args))
