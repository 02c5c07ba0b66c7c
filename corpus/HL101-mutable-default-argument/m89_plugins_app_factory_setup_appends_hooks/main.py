"""Wiki worker: every request builds the app (activating the plugins), then saves one page."""
import itertools

import host

_pages = itertools.count()


def create_app():
    host.activate()
    return host


def scenario():
    n = next(_pages)
    app = create_app()
    page = app.emit("pre_save", {"title": f"Release Notes {n}", "body": "..." * (n % 5)})
    assert page["slug"] == f"release-notes-{n}", page
    return page
