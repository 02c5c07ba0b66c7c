"""Expression compiler: the constant-folding pass memoises the folded value of every AST node it has seen in a default dict keyed by the node itself."""
import ast
import itertools
import operator

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 10, 12, 14 (heaplint: unknown)
def fold(node, _folded={}):  # expect: HL101 confirmed
    if node in _folded:
        return _folded[node]
    if isinstance(node, ast.Expression):
        value = fold(node.body)
    elif isinstance(node, ast.Constant):
        value = node.value
    elif isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        left, right = fold(node.left), fold(node.right)
        value = None if None in (left, right) else _OPS[type(node.op)](left, right)
    else:
        value = None
    _folded[node] = value
    return value


_exprs = itertools.count()


def scenario():
    n = next(_exprs)
    return fold(ast.parse(f"{n} * 2 + {n % 7} - 1", mode="eval"))
