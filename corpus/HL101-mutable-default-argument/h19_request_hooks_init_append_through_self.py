"""HTTP request object with response hooks; each request adds a hook that records its own timing."""
import itertools


class Request:
    def __init__(self, method, url, hooks=[]):  # expect: HL101 confirmed
        self.method = method
        self.url = url
        self.hooks = hooks

    def add_hook(self, hook):
        self.hooks.append(hook)

    def dispatch(self, response):
        for hook in self.hooks:
            response = hook(response) or response
        return response


_ids = itertools.count()


def scenario():
    n = next(_ids)
    req = Request("GET", f"https://api.example.com/items/{n}")
    req.add_hook(lambda resp, n=n: {**resp, "request_id": n})
    return req.dispatch({"status": 200})
