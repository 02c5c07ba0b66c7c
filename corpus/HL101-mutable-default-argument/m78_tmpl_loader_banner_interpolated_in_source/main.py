"""Account page traffic: each request is a different member with their own banner."""
import itertools

import tmpl

_requests = itertools.count()


def scenario():
    n = next(_requests)
    request = {
        "name": f"member <{n}>",
        "due": n * 1.25,
        "banner": f"Welcome back, member #{n}",
    }
    return tmpl.render_page(request)
