"""AST-ish visitor: handlers are found with getattr on a name built from the node kind, and receive the shared default; visit_call appends to it."""
import itertools


class Checker:
    def visit(self, node, problems=[]):  # expect: HL101 confirmed
        handler = getattr(self, "visit_" + node["kind"], None)
        if handler is not None:
            handler(node, problems)
        return problems

    def visit_call(self, node, problems):
        if node["name"].startswith("eval"):
            problems.append(f"eval call at {node['line']}")

    def visit_name(self, node, problems):
        return None


_nodes = itertools.count()


def scenario():
    n = next(_nodes)
    kind = ("call", "name", "const")[n % 3]
    return len(Checker().visit({"kind": kind, "name": f"eval_{n}", "line": n}))
