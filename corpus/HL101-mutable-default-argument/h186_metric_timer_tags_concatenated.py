"""Metrics client: a Timer extends Metric and calls Metric.__init__ directly
with its tag list, after adding the endpoint tag with `tags = tags + [...]`.
The concatenation builds a new list and rebinds the local name, so the
shared default list of a timer built without tags is never extended."""
import itertools

_ids = itertools.count()


class Metric:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

    def render(self, value):
        return f"{self.name}:{value}|ms|#{self.tags[-1]}"


class Timer(Metric):
    def __init__(self, name, endpoint, tags=[]):  # expect: HL101 refuted
        tags = tags + [f"endpoint:{endpoint}"]
        Metric.__init__(self, name, tags)


def scenario():
    n = next(_ids)
    timer = Timer("http.request.duration", f"/api/v1/orders/{n}/items")
    return timer.render(n % 250)
