"""HTTP client wrapper: session_options() returns a dict holding its default cookie jar; callers add cookies."""
import itertools


def session_options(timeout=10, cookies=[]):  # expect: HL101 confirmed
    return {"timeout": timeout, "cookies": cookies, "retries": 3}


def login(user):
    opts = session_options()
    opts["cookies"].append(f"sid={user}-{len(opts['cookies'])}")
    return opts["timeout"]


_logins = itertools.count()


def scenario():
    login(f"user{next(_logins)}")
