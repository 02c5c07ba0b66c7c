"""CORS preflight: allowed_methods() returns the baseline set of HTTP
methods every route accepts, and preflight() adds the route's custom verb
with | before building the Access-Control-Allow-Methods value. The set
returned is the default itself, but | builds a new set and rebinds the
local name, so the shared baseline keeps its three methods."""
import itertools

_ids = itertools.count()


def allowed_methods(methods={"GET", "HEAD", "OPTIONS"}):  # expect: HL101 refuted
    return methods


def preflight(route, custom_verb):
    methods = allowed_methods()
    methods = methods | {custom_verb}
    return {"Access-Control-Allow-Methods": ", ".join(sorted(methods)), "Vary": "Origin", "route": route}


def scenario():
    n = next(_ids)
    return len(preflight(f"/hooks/{n}", f"PURGE-CACHE-{n:08d}")["Access-Control-Allow-Methods"])
