"""HTTP-ish handlers: each request runs inside its own request scope."""
from scopes import *  # noqa: F403  (request_scope, per scopes.__all__)
from services import Session


def handle(request_id, user, sql):
    try:
        with request_scope(request_id) as scope:  # noqa: F405
            scope["session"] = Session(user)
            return 200, scope["session"].query(sql)
    except PermissionError:
        return 403, None
