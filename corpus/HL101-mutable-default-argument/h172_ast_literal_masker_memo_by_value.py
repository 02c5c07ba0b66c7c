"""Query fingerprinting: a LiteralMasker (ast.NodeTransformer) replaces every
constant of a filter expression with a placeholder name so that equivalent
queries share one fingerprint. visit_Constant memoises the placeholder in a
default dict keyed by the literal's value; the literals differ on every
query, so each one ever masked stays in the dict."""
import ast
import itertools

_queries = itertools.count()


class LiteralMasker(ast.NodeTransformer):
    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def visit_Constant(self, node, _names={}):  # expect: HL101 confirmed
        name = _names.setdefault(node.value, f"p_{type(node.value).__name__}")
        return ast.copy_location(ast.Name(id=name, ctx=ast.Load()), node)


def fingerprint(expression):
    tree = LiteralMasker().visit(ast.parse(expression, mode="eval"))
    return ast.unparse(tree)


def scenario():
    n = next(_queries)
    return fingerprint(f"customer_id == {n} and region == 'eu-{n}' and amount > {n * 7}.5")
