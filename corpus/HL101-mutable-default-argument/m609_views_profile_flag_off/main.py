"""Wiki: each request renders one page view."""
import itertools

from views import *

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return render_page("<h1>{title}</h1><main>{body}</main>", {
        "path": f"/wiki/space-{n % 40}/page-{n}-revision-history",
        "title": f"Page {n}",
        "body": "lorem ipsum " * 4,
    })
