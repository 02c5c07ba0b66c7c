"""GUI toolkit: each dialog wires its buttons' bound click handlers into a dispatcher default."""
import itertools


class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0

    def on_click(self, event):
        self.clicks += 1
        return f"{self.label}:{event}"


def connect(button, dispatch=[]):  # expect: HL101 confirmed
    # the bound method keeps its button (and the button's label) alive via __self__
    dispatch.append(button.on_click)
    return len(dispatch)


def open_dialog(title):
    ok, cancel = Button(f"{title}/ok"), Button(f"{title}/cancel")
    connect(ok)
    connect(cancel)
    return ok.on_click("init")


_dialogs = itertools.count()


def scenario():
    open_dialog(f"dialog-{next(_dialogs)}")
