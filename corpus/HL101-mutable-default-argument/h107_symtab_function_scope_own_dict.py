"""Compiler symbol table: `Scope` keeps its symbols in a dict that defaults to
one in the signature, used only by the module scope, which is filled at
import time. `FunctionScope` hands `super().__init__()` a dict built from its
parameters, so function symbols die with their scope."""
import itertools

_functions = itertools.count()


class Scope:
    # heaplint-todo: called with new arguments as outside code would call it, Scope grows it; but this application uses Scope as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
    def __init__(self, name, parent=None, symbols={}):  # expect: HL101 refuted
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
        super().__init__(name, parent, {param: ("param", name) for param in params})


MODULE = Scope("<module>")
MODULE.define("print", "builtin")


def scenario():
    n = next(_functions)
    scope = FunctionScope("handler_%d" % n, MODULE, ["request_%d" % n, "ctx"])
    return scope.lookup("request_%d" % n), scope.lookup("print")
