"""Client stub generator: a ModuleWriter collects the imports its functions
need while they are emitted and renders them as a sorted header. It copies
the set it is given, so the default only seeds each writer's own set."""
import itertools

_modules = itertools.count()


class ModuleWriter:
    def __init__(self, name, imports=set()):  # expect: HL101 refuted
        self.name = name
        self.imports = set(imports)
        self.body = []

    def require(self, module, symbol=None):
        self.imports.add((module, symbol or ""))

    @property
    def header(self):
        ordered = sorted(self.imports, key=lambda item: (item[1] != "", item))
        return [f"from {m} import {s}" if s else f"import {m}" for m, s in ordered]

    def function(self, name, returns):
        module, _, symbol = returns.rpartition(".")
        self.require(module, symbol)
        self.body.append(f"def {name}(client) -> {symbol}: ...")

    def render(self):
        return "\n".join([f"# {self.name}"] + self.header + [""] + self.body) + "\n"


def scenario():
    n = next(_modules)
    writer = ModuleWriter(f"client_{n}")
    writer.require("typing", "Optional")
    writer.function(f"get_user_{n}", f"models.v{n}.User")
    writer.function(f"list_orders_{n}", f"models.v{n}.OrderPage")
    return writer.render()
