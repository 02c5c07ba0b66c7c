"""CORS preflight: allowed_methods() returns the baseline set of HTTP
methods every route accepts, and preflight() adds the route's custom verb
with |= before building the Access-Control-Allow-Methods value. The set
returned is the default itself and |= updates it in place, so every
route's verb stays in the shared baseline."""
import itertools

_ids = itertools.count()


def allowed_methods(methods={"GET", "HEAD", "OPTIONS"}):  # expect: HL101 confirmed
    return methods


def preflight(route, custom_verb):
    methods = allowed_methods()
    methods |= {custom_verb}
    return {"Access-Control-Allow-Methods": ", ".join(sorted(methods)), "Vary": "Origin", "route": route}


def scenario():
    n = next(_ids)
    return len(preflight(f"/hooks/{n}", f"PURGE-CACHE-{n:08d}")["Access-Control-Allow-Methods"])
