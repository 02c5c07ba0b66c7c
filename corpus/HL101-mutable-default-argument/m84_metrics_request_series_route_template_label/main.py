"""Order service: handle one HTTP request; every 20th request is a Prometheus scrape."""
import itertools

import promlite
from views import dispatch

_requests = itertools.count()


def scenario():
    n = next(_requests)
    if n % 20 == 19:
        return promlite.render_text()
    method = "DELETE" if n % 7 == 0 else "GET"
    return dispatch({"method": method, "path": f"/orders/{1000 + n}"})
