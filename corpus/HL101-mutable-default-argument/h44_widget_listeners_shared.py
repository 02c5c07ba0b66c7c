"""A tiny UI toolkit: Widget keeps its click listeners in the list passed to
__init__, and Button calls super().__init__() without one, so every Button
shares the single default list; each new button's listener is appended to it
and the list grows with every button ever created."""
import itertools

_ids = itertools.count()


class Widget:
    def __init__(self, listeners=[]):  # expect: HL101 confirmed
        self.listeners = listeners
        self.enabled = True

    def on(self, callback):
        self.listeners.append(callback)
        return callback

    def emit(self, event):
        if not self.enabled:
            return 0
        fired = 0
        for callback in self.listeners:
            if callback(event) is not False:
                fired += 1
        return fired


class Button(Widget):
    def __init__(self, label, width=80):
        super().__init__()
        self.label = label
        self.width = width
        self.clicks = 0

    def _count_click(self, event):
        if event.get("target") != self.label:
            return False
        self.clicks += 1
        return True

    def click(self):
        return self.emit({"type": "click", "target": self.label})


def build_toolbar(names):
    buttons = []
    for name in names:
        button = Button(name)
        button.on(button._count_click)
        buttons.append(button)
    return buttons


def scenario():
    n = next(_ids)
    toolbar = build_toolbar(["save-%d" % n])
    toolbar[0].click()
    return toolbar[0].clicks
