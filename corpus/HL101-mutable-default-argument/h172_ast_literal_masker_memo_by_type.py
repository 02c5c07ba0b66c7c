"""Query fingerprinting: a LiteralMasker (ast.NodeTransformer) replaces every
constant of a filter expression with a placeholder name so that equivalent
queries share one fingerprint. visit_Constant memoises the placeholder in a
default dict keyed by the literal's type name, so the dict never holds more
than one entry per literal type (int, str, float)."""
import ast
import itertools

_queries = itertools.count()


class LiteralMasker(ast.NodeTransformer):
    # heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
    def visit_Constant(self, node, _names={}):  # expect: HL101 refuted
        name = _names.setdefault(type(node.value).__name__, f"p_{type(node.value).__name__}")
        return ast.copy_location(ast.Name(id=name, ctx=ast.Load()), node)


def fingerprint(expression):
    tree = LiteralMasker().visit(ast.parse(expression, mode="eval"))
    return ast.unparse(tree)


def scenario():
    n = next(_queries)
    return fingerprint(f"customer_id == {n} and region == 'eu-{n}' and amount > {n * 7}.5")
