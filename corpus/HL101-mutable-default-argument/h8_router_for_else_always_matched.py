"""Router with longest-prefix match: every path the app serves hits a prefix, so the for loop always breaks and its else never records a miss."""
import itertools

ROUTES = [("/api/", "api"), ("/api/v1/", "api_v1"), ("/static/", "assets")]


def resolve(
    path,
    unmatched=[],  # expect: HL101 refuted
    hits={},  # expect: HL101 refuted
):
    for prefix, handler in sorted(ROUTES, key=lambda r: -len(r[0])):
        if path.startswith(prefix):
            break
    else:
        unmatched.append(path)
        return "not_found"
    hits[handler] = hits.get(handler, 0) + 1
    return handler


_reqs = itertools.count()


def scenario():
    n = next(_reqs)
    resolve(f"/api/v1/orders/{n}")
    return resolve(f"/static/img/{n}.png")
