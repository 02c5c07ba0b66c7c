import functools

from events import dispatch, log_request


def handle_request(method, path, headers):
    request_id = headers.get("X-Request-Id", "")
    level = "debug" if method == "DELETE" else "info"
    payload = {"method": method, "path": path, "id": request_id}
    listener = functools.partial(log_request, level=level)
    delivered = dispatch("request.%s" % method.lower(), payload, listener=listener)
    if not delivered:
        return 500, "no audit listener"
    return 200, "%s handled" % request_id
