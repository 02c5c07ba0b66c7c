"""Dialog builder: each dialog gets a fresh frame with a label and a button configured by keywords."""
import itertools

from toolkit import Button, Frame, Label

_dialogs = itertools.count()


def scenario():
    n = next(_dialogs)
    frame = Frame(None, name=f"dlg{n}")
    Label(frame, text=f"Delete item {n}?")
    Label(frame, {"text": f"#{n}", "anchor": "w"})
    Frame(frame)
    ok = Button(frame, text="OK", command=lambda: n)
    return ok.invoke(), len(frame.children)
