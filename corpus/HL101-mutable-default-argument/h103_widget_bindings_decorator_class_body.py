"""Toolbar without a GUI: handlers are attached to event sequences with an
`@on(...)` decorator whose registry is a default dict. Every decoration runs
once, in the class body at import; clicks only look handler names up."""
import itertools

_clicks = itertools.count()


def on(sequence, registry={}):  # expect: HL101 refuted
    def register(func):
        registry.setdefault(sequence, []).append(func.__name__)
        func.bindings = registry
        return func
    return register


class Toolbar:
    def __init__(self, name):
        self.name, self.log = name, []

    @on("<Button-1>")
    def press(self, event):
        self.log.append("press at %(x)d,%(y)d" % event)

    @on("<Button-1>")
    @on("<Return>")
    def activate(self, event):
        self.log.append("activate %s" % self.name)

    def fire(self, sequence, **event):
        for name in self.press.bindings.get(sequence, ()):
            getattr(self, name)(event)
        return self.log


def scenario():
    n = next(_clicks)
    bar = Toolbar("toolbar%d" % n)
    bar.fire("<Button-1>", x=n % 640, y=n % 480)
    return len(bar.fire("<Return>"))
