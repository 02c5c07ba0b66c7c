import itertools

from webapp import JSONResponse, RequestIdMiddleware

_ids = itertools.count(1)

USERS = {
    "1": {"name": "ada", "role": "admin"},
    "2": {"name": "grace", "role": "staff"},
    "3": {"name": "linus", "role": "member"},
}


def user_detail(environ):
    prefix, _, user_id = environ["PATH_INFO"].rstrip("/").rpartition("/")
    if prefix != "/users":
        raise LookupError("no route for %s" % environ["PATH_INFO"])
    user = USERS[user_id]
    return JSONResponse({"id": int(user_id), **user})


app = RequestIdMiddleware(user_detail)


def scenario():
    n = next(_ids)
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/users/%d/" % (n % 3 + 1),
        "HTTP_X_REQUEST_ID": "r-%08d" % n,
    }
    response = app(environ)
    return response.status_line(), response.header("X-Request-Id")
