"""Serve one profile page through the middleware stack."""
import itertools

import webframe

_visits = itertools.count()


def profile_view(ctx):
    who = ctx["user"] if ctx["is_authenticated"] else "guest"
    return 200, "profile %s for %s" % (ctx["path"].rsplit("/", 1)[-1], who)


def scenario():
    n = next(_visits)
    headers = {"cookie": "s-admin" if n % 5 == 0 else "s-%06d" % n, "accept": "text/html"}
    status, body = webframe.handle("GET", "/profile/%d" % n, headers, profile_view)
    return status, len(body)
