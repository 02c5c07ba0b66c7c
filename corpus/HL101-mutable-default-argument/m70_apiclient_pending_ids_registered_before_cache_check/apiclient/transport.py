"""In-process stand-in for the HTTP server, used by the client in tests and demos."""


def send(base_url, path, headers):
    if not path.startswith("/users/"):
        return 404, None
    user, _, field = path[len("/users/"):].partition("/")
    if field:
        return 404, None
    return 200, {"id": int(user), "name": f"user {user}", "via": base_url,
                 "request": headers["X-Request-Id"]}
