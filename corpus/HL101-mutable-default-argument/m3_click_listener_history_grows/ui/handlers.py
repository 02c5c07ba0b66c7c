"""Click handlers, subscribed when the module is imported; one keeps an undo history in a default list."""
from .bus import subscribe


def on_click(event, history=[]):  # expect: HL101 confirmed
    history.append((event["widget"], event["seq"]))
    return len(history)


def on_click_status(event, fmt="{widget} at {x},{y}"):
    return fmt.format(**event)


subscribe("click", on_click)
subscribe("click", on_click_status)
