"""Planner: turns a dependency mapping into an ordered list of build steps."""


class Planner:
    def __init__(self, walker):
        self.walker = walker  # the graph module, or a stand-in in tests

    def plan(self, root, deps):
        if root not in deps:
            raise KeyError(f"unknown target {root}")
        order = self.walker.walk(root, deps, visited=set())
        return [{"step": i, "target": t} for i, t in enumerate(order)]
