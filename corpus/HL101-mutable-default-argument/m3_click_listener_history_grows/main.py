"""Toolbar: every click is published on the event bus, whose listeners were subscribed at import."""
import itertools

import ui.handlers  # noqa: F401  (subscribes the click handlers)
from ui.bus import publish

_clicks = itertools.count()


def scenario():
    n = next(_clicks)
    return publish("click", {"widget": f"tool{n % 12}", "x": n % 640, "y": n % 480, "seq": n})
