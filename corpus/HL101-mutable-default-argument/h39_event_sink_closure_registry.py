"""Analytics SDK: track_clicks() returns a handler closing over the default sink list; the page registry fires it on every click."""
import itertools

_HANDLERS = {}


def track_clicks(page, sink=[]):  # expect: HL101 confirmed
    def on_click(target):
        sink.append((page, target))
        return len(sink)

    return on_click


def register(page):
    _HANDLERS[page % 4] = track_clicks(page)


def click(page, target):
    return _HANDLERS[page % 4](target)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    register(n)
    return click(n, f"button#buy-{n}")
