"""Error reporting SDK: add_breadcrumb() keeps recent UI events in a list
default so a crash report can show what led up to it. The early return is
meant to cap the trail, but it tests the message length instead of the
trail length, so every short message is appended and kept."""
import itertools

_ids = itertools.count()
MAX_CRUMBS = 40


def add_breadcrumb(category, message, data=None, trail=[]):  # expect: HL101 confirmed
    if len(message) >= MAX_CRUMBS:
        return False
    trail.append({"category": category, "message": message, "data": dict(data or {})})
    return True


def on_save_clicked(n):
    add_breadcrumb("ui.click", f"button#save-order-{n}")
    add_breadcrumb("navigation", f"/orders/{n}/edit", {"from": "/orders"})
    return n


def scenario():
    return on_save_clicked(next(_ids))
