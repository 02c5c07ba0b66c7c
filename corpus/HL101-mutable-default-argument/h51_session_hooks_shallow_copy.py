"""Per-session response hooks dispatched after each send, requests style."""
import itertools

_ids = itertools.count()
HOOK_EVENTS = ("response",)


class Response:
    def __init__(self, url, status_code):
        self.url, self.status_code, self.request_id = url, status_code, None


def dispatch_hook(key, hooks, hook_data):
    for hook in hooks.get(key) or ():
        result = hook(hook_data)
        if result is not None:
            hook_data = result
    return hook_data


class Session:
    def __init__(self, hooks={"response": []}):  # expect: HL101 confirmed
        self.hooks = dict(hooks)

    def register_hook(self, event, hook):
        if event not in HOOK_EVENTS:
            raise ValueError("Unsupported event specified, with event name %r" % event)
        self.hooks[event].append(hook)

    def send(self, url):
        resp = Response(url, 200 if "/ok/" in url else 404)
        return dispatch_hook("response", self.hooks, resp)


def scenario():
    n = next(_ids)
    session = Session()
    session.register_hook("response", lambda r, rid=n: setattr(r, "request_id", rid))
    resp = session.send("https://api.example.com/ok/%d" % n)
    return resp.status_code, resp.request_id
