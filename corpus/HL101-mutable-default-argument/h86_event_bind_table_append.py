"""Event dispatch for a canvas toolkit: handlers bound per (tag, sequence), several per key allowed."""
import itertools


def bind(tag, sequence, handler, table={}):  # expect: HL101 confirmed
    table.setdefault((tag, sequence), []).append(handler)
    return table


def dispatch(tag, sequence, event, table):
    return [handler(event) for handler in table.get((tag, sequence), ())]


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
    return open_dialog(next(_opened))[-1]
