"""Tkinter-like toolkit: a dialog wires each button's click to a closure that looks up (and remembers) the status text for that button."""
import itertools


class Button:
    def __init__(self, text):
        self.text = text
        self._commands = []

    def bind(self, command):
        self._commands.append(command)

    def invoke(self):
        return [command(self) for command in self._commands]


class Dialog:
    def __init__(self, title):
        self.title = title
        self.status = ""

    def add_button(self, text, status_texts={}):  # expect: HL101 confirmed
        button = Button(text)

        def on_click(widget):
            self.status = status_texts.setdefault(widget.text, f"{widget.text} pressed")
            return self.status

        button.bind(on_click)
        return button


_dialogs = itertools.count()


def scenario():
    n = next(_dialogs)
    dialog = Dialog(f"Export {n}")
    button = dialog.add_button(f"Save copy {n}")
    return button.invoke()
