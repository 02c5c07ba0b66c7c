"""Request preparation with per-event hook lists (requests-style API)."""
import itertools

_ids = itertools.count()
HOOK_EVENTS = ("response",)


class PreparedRequest:
    def __init__(self, method, url, hooks):
        self.method = method
        self.url = url
        self.hooks = hooks


class Request:
    def __init__(self, method, url, hooks={"response": []}):  # expect: HL101 refuted
        self.method = method.upper()
        self.url = url
        self.hooks = hooks

    def prepare(self, extra_hooks=()):
        hooks = {event: list(fns) for event, fns in self.hooks.items()}
        for event, fn in extra_hooks:
            if event not in HOOK_EVENTS:
                raise ValueError("unsupported hook event: %s" % event)
            hooks[event].append(fn)
        return PreparedRequest(self.method, self.url, hooks)


def dispatch_hook(prepared, response):
    for hook in prepared.hooks.get("response", ()):
        response = hook(response) or response
    return response


def scenario():
    n = next(_ids)
    url = "https://api.example.com/jobs/%d" % n
    prepared = Request("get", url).prepare([("response", lambda r, u=url: dict(r, url=u))])
    dispatch_hook(prepared, {"status": 200, "elapsed_ms": n % 50})
