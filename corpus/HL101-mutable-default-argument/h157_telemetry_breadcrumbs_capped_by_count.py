"""Error reporting SDK: add_breadcrumb() keeps recent UI events in a list
default so a crash report can show what led up to it. The early return
tests the trail length, so once MAX_CRUMBS events are stored every later
breadcrumb is dropped and the list stops growing."""
import itertools

_ids = itertools.count()
MAX_CRUMBS = 40


def add_breadcrumb(category, message, data=None, trail=[]):  # expect: HL101 refuted
    if len(trail) >= MAX_CRUMBS:
        return False
    trail.append({"category": category, "message": message, "data": dict(data or {})})
    return True


def on_save_clicked(n):
    add_breadcrumb("ui.click", f"button#save-order-{n}")
    add_breadcrumb("navigation", f"/orders/{n}/edit", {"from": "/orders"})
    return n


def scenario():
    return on_save_clicked(next(_ids))
