"""Metrics client: a Timer extends Metric and calls Metric.__init__ directly
with its tag list, after adding the endpoint tag with `tags += [...]`. The
augmented assignment extends the list in place, so a timer built without
tags adds its endpoint tag to the shared default list every request."""
import itertools

_ids = itertools.count()


class Metric:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

    def render(self, value):
        return f"{self.name}:{value}|ms|#{self.tags[-1]}"


class Timer(Metric):
    def __init__(self, name, endpoint, tags=[]):  # expect: HL101 confirmed
        tags += [f"endpoint:{endpoint}"]
        Metric.__init__(self, name, tags)


def scenario():
    n = next(_ids)
    timer = Timer("http.request.duration", f"/api/v1/orders/{n}/items")
    return timer.render(n % 250)
