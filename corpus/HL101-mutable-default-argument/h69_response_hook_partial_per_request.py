"""HTTP client: requests-style Request objects with response hooks run after the transport returns."""
import functools
import itertools
import logging

log = logging.getLogger("client.hooks")


class Request:
    def __init__(self, method, url, headers=None, hooks={"response": []}):  # expect: HL101 confirmed
        self.method = method
        self.url = url
        self.headers = dict(headers or {})
        self.hooks = hooks

    def register_hook(self, event, hook):
        if hook not in self.hooks[event]:
            self.hooks[event].append(hook)

    def dispatch_hook(self, event, data):
        for hook in self.hooks.get(event, ()):
            data = hook(data) or data
        return data


def log_response(response, request_id=None):
    log.debug("%s %s -> %d", request_id or response["headers"].get("X-Request-Id"), response["url"], response["status"])


def transport(request):
    return {"url": request.url, "status": 200, "headers": dict(request.headers)}


def send(method, url, request_id):
    request = Request(method, url, headers={"X-Request-Id": request_id})
    request.register_hook("response", functools.partial(log_response, request_id=request_id))
    return request.dispatch_hook("response", transport(request))


_ids = itertools.count()


def scenario():
    n = next(_ids)
    return send("GET", f"https://api.example.com/v1/invoices/{n}", f"req-{n:08x}")["status"]
