"""Compiler symbol table: `Scope` keeps its symbols in a dict that defaults to
one in the signature, meant for the single module scope. `FunctionScope`
calls `super().__init__()` without a dict of its own, so each function's
parameters land in that shared dict and stay there after the analysis."""
import itertools

_functions = itertools.count()


class Scope:
    def __init__(self, name, parent=None, symbols={}):  # expect: HL101 confirmed
        self.name, self.parent, self.symbols = name, parent, symbols

    def define(self, name, kind):
        self.symbols[name] = (kind, self.name)

    def lookup(self, name):
        scope = self
        while scope is not None:
            if name in scope.symbols:
                return scope.symbols[name]
            scope = scope.parent
        raise NameError("name %r is not defined" % name)


class FunctionScope(Scope):
    def __init__(self, name, parent, params):
        super().__init__(name, parent)
        for param in params:
            self.define(param, "param")


MODULE = Scope("<module>")
MODULE.define("print", "builtin")


def scenario():
    n = next(_functions)
    scope = FunctionScope("handler_%d" % n, MODULE, ["request_%d" % n, "ctx"])
    return scope.lookup("request_%d" % n), scope.lookup("print")
