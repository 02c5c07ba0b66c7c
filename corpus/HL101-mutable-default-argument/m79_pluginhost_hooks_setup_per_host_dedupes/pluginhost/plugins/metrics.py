"""metrics plugin: request sizes and connection closes."""


def on_request(payload):
    return ("request_path_len", len(payload["path"]))


def on_close(payload):
    return ("closed", payload["user"])


def setup(hooks):
    hooks.register("request", "metrics", on_request)
    hooks.register("close", "metrics", on_close)
