"""Config tooling: an abstract visitor walks nested settings sections; the key-path collector keeps the current path in a default list."""
import itertools


class Visitor:
    def visit(self, node):
        raise NotImplementedError


class KeyPathCollector(Visitor):
    def __init__(self):
        self.paths = []

    def visit(self, node, path=[]):  # expect: HL101 confirmed
        for key, value in node.items():
            path.append(key)
            if not isinstance(value, dict):
                self.paths.append(".".join(path))
                continue
            self.visit(value)
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
