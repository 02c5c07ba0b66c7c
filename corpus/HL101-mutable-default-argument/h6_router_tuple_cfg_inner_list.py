"""URL router: a tuple default looks immutable, but the list inside it collects every route ever matched."""
import itertools


def dispatch(path, cfg=([], {"prefix": "/api"})):  # expect: HL101 confirmed
    matched, settings = cfg
    if path.startswith(settings["prefix"]):
        matched.append(path)
        return "api"
    return "static"


def handle(n):
    return dispatch(f"/api/v1/items/{n}")


_reqs = itertools.count()


def scenario():
    handle(next(_reqs))
