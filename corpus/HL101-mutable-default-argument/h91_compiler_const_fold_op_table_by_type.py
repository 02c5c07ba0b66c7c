"""Expression compiler: the constant-folding pass resolves each operator node to its `operator` function through a default dict keyed by the node's class, so the table holds one entry per operator kind."""
import ast
import itertools
import operator


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 16, 18, 20 (heaplint: unknown)
def binop_impl(op, _impls={}):  # expect: HL101 refuted
    kind = type(op)
    if kind not in _impls:
        name = {"Add": "add", "Sub": "sub", "Mult": "mul", "FloorDiv": "floordiv"}.get(kind.__name__)
        _impls[kind] = getattr(operator, name) if name else None
    return _impls[kind]


def fold(node):
    if isinstance(node, ast.Expression):
        return fold(node.body)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.BinOp):
        impl, left, right = binop_impl(node.op), fold(node.left), fold(node.right)
        if impl is not None and None not in (left, right):
            return impl(left, right)
    return None


_exprs = itertools.count()


def scenario():
    n = next(_exprs)
    return fold(ast.parse(f"{n} * 2 + {n % 7} - {n} // 3", mode="eval"))
