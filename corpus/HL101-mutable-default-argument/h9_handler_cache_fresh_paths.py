"""Web handler: responses are cached by request path, and every profile page has its own path."""
import itertools


def handle(request, cache={}):  # expect: HL101 confirmed
    path = request["path"]
    if path in cache:
        return cache[path]
    response = {"status": 200, "body": f"<h1>{path.rsplit('/', 1)[-1]}</h1>"}
    cache[path] = response
    return response


_visits = itertools.count()


def scenario():
    n = next(_visits)
    return handle({"method": "GET", "path": f"/users/{n}"})["status"]
