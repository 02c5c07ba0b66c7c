from .visitor import NodeVisitor


class VariableCollector(NodeVisitor):
    """Finds the context variables a template needs, with their first filter."""

    def visit_var(self, node):
        name, _, filters = node.value.partition("|")
        name = name.strip()
        if not name.isidentifier():
            return None
        if name not in self.scope:
            self.scope[name] = filters.strip() or None
        return name

    def visit_text(self, node):
        return None

    def collect(self, tree):
        self.visit(tree)
        return sorted(self.scope)
