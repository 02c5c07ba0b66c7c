"""Event dispatch for a canvas toolkit: one handler per (tag, sequence), rebinding replaces it."""
import itertools


def bind(tag, sequence, handler, table={}):  # expect: HL101 refuted
    table[(tag, sequence)] = handler
    return table


def dispatch(tag, sequence, event, table):
    handler = table.get((tag, sequence))
    return handler(event) if handler else None


def open_dialog(dialog_id):
    state = {"clicks": 0, "title": f"Dialog {dialog_id}"}

    def on_click(event):
        state["clicks"] += 1
        return f"{state['title']}: click at {event['x']},{event['y']}"

    def on_close(event):
        return f"closed {state['title']} after {state['clicks']} clicks"

    bind("Dialog", "<Button-1>", on_click)
    return dispatch("Dialog", "<Button-1>", {"x": 3, "y": 4}, bind("Dialog", "<Destroy>", on_close))


_opened = itertools.count()


def scenario():
    return open_dialog(next(_opened))
