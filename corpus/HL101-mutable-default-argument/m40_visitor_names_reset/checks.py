from astkit import *


class UndefinedNames(NodeVisitor):
    def __init__(self, scope):
        super().__init__()
        self.scope = scope

    def visit_Name(self, node):
        if node.value not in self.scope:
            self.found.append(node.value)


class ConstantDivision(NodeVisitor):
    def visit_BinOp(self, node):
        left, right = node.children
        if node.value == "/" and right.kind == "Num" and right.value == 0:
            self.found = self.found + ["division by zero"]
        self.generic_visit(node)


def check_expression(source, scope):
    try:
        tree = parse_expr(source)
    except SyntaxError as exc:
        return ["syntax error: %s" % exc]
    problems = ["undefined name %r" % name
                for name in dict.fromkeys(UndefinedNames(scope).run(tree))]
    return problems + ConstantDivision().run(tree)
