"""Dialog buttons without a GUI: handlers are attached to event sequences
with an `@on(...)` decorator whose registry is a default dict. Each Button
decorates a closure over its own command inside `__init__`, so every button
ever built adds a handler (and with it the button) to the shared registry."""
import itertools

_clicks = itertools.count()


def on(sequence, registry={}):  # expect: HL101 confirmed
    def register(func):
        registry.setdefault(sequence, []).append(func)
        func.bindings = registry
        return func
    return register


class Button:
    def __init__(self, name, command):
        self.name = name

        @on("<Button-1>")
        def invoke(event):
            return command(self.name, event)

        self.invoke = invoke

    def click(self, x, y):
        return self.invoke({"x": x, "y": y, "widget": self.name})


def scenario():
    n = next(_clicks)
    results = []
    ok = Button("ok%d" % n, lambda name, ev: results.append("%s@%d,%d" % (name, ev["x"], ev["y"])))
    ok.click(n % 640, n % 480)
    return results, len(ok.invoke.bindings)
