from ..hooks import RESPONSE_HOOKS

ROUTES = {
    "api": lambda parts: (200, {"resource": parts[0], "id": parts[1]}),
    "health": lambda parts: (200, {"ok": True}),
}


def handle(path, started, finished):
    request = {"path": path, "started": started}
    head, _, rest = path.strip("/").partition("/")
    view = ROUTES.get(head)
    if view is None:
        status, body = 404, {"error": "not found"}
    else:
        try:
            status, body = view(rest.split("/"))
        except IndexError:
            status, body = 400, {"error": "bad path"}
    response = {"status": status, "body": body, "headers": {}, "finished": finished}
    for hook in RESPONSE_HOOKS:
        response = hook(request, response)
    return response
