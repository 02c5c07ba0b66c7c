"""audit plugin: one audit line per request."""


def on_request(payload):
    return f"audit: {payload['user']} {payload['path']}"


def setup(hooks):
    hooks.register("request", "audit", on_request)
