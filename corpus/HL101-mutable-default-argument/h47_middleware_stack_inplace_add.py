"""App factory that appends a host-check middleware to the configured stack."""
import itertools

_ids = itertools.count()


class HostCheck:
    def __init__(self, allowed_hosts):
        self.allowed = [h.lower() for h in allowed_hosts]

    def process(self, environ):
        host = environ.get("HTTP_HOST", "").split(":", 1)[0].lower()
        if host not in self.allowed:
            return "400 Bad Request"
        return None


class App:
    def __init__(self, handler, middleware):
        self.handler = handler
        self.middleware = middleware

    def __call__(self, environ):
        for mw in self.middleware:
            early = mw.process(environ)
            if early is not None:
                return early
        return self.handler(environ)


def create_app(handler, config, middleware=[]):  # expect: HL101 confirmed
    if config.get("allowed_hosts"):
        middleware += [HostCheck(config["allowed_hosts"])]
    return App(handler, middleware)


def scenario():
    n = next(_ids)
    app = create_app(lambda env: "200 OK", {"allowed_hosts": ["Tenant%d.example.com" % n]})
    app({"HTTP_HOST": "tenant%d.example.com:443" % n, "PATH_INFO": "/"})
