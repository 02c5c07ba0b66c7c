"""GUI toolkit: `bind` records each widget's event handlers in a
WeakKeyDictionary default so the bindings vanish with the widget. The
stored handler is functools.partial(handler, widget.name): the value only
holds the name string, so once the dialog drops its button the weak key
dies and the entry is removed."""
import functools
import itertools
import weakref

_dialogs = itertools.count()


class Button:
    def __init__(self, name):
        self.name = name
        self.caption = name.title() * 8


def bind(widget, event, handler, _bindings=weakref.WeakKeyDictionary()):  # expect: HL101 refuted
    callback = functools.partial(handler, widget.name)
    _bindings.setdefault(widget, {})[event] = callback
    return callback


def on_click(name, x, y):
    return "%s clicked at %d,%d" % (name, x, y)


def scenario():
    n = next(_dialogs)
    button = Button("ok-%d" % n)
    fire = bind(button, "<Button-1>", on_click)
    return fire(n % 80, n % 24)
