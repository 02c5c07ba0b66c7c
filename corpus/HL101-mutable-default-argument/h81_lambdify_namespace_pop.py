"""A tiny lambdify: compile an expression string into a Python function, sympy style."""
import itertools
import math


def is_sequence(obj):
    return hasattr(obj, "__getitem__") and hasattr(obj, "__len__") and not isinstance(obj, str)


_module_counter = itertools.count()


# heaplint-todo: the default is the namespace handed to `exec()`, code heaplint cannot see (heaplint: unknown)
def lambdify(args, expr, namespace={}):  # expect: HL101 refuted
    if not is_sequence(args):
        args = [args]
    namespace.setdefault("math", math)
    funcname = f"_lambdifygenerated_{next(_module_counter)}"
    source = f"def {funcname}({', '.join(args)}):\n    return {expr}\n"
    exec(compile(source, "<lambdifygenerated>", "exec"), namespace)
    return namespace.pop(funcname)


_exprs = itertools.count()


def scenario():
    n = next(_exprs)
    f = lambdify(["x", "y"], f"math.hypot(x, y) * {n} + x ** 2")
    return f(3.0, n)
