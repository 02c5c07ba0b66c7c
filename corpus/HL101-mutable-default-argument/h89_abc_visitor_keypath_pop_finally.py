"""Config tooling: an abstract visitor walks nested settings sections; the key-path collector keeps the current path in a default list."""
import itertools


class Visitor:
    def visit(self, node):
        raise NotImplementedError


class KeyPathCollector(Visitor):
    def __init__(self):
        self.paths = []

    def visit(self, node, path=[]):  # expect: HL101 refuted
        for key, value in node.items():
            path.append(key)
            try:
                if isinstance(value, dict):
                    self.visit(value)
                    continue
                self.paths.append(".".join(path))
            finally:
                path.pop()
        return self.paths


_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    settings = {
        "db": {"replicas": {f"db-{n}-{i}.internal": 5432 + i for i in range(3)}},
        "debug": n % 2 == 0,
    }
    return KeyPathCollector().visit(settings)
