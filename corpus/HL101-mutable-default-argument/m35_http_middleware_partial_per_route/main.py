import itertools

from httpd import Route, enable_cors, protect

_ids = itertools.count()


def show_order(request):
    key = request["auth"]["x-api-key"]
    return {"status": 200, "body": "order %s for %s" % (request["params"]["id"], key)}


def scenario():
    n = next(_ids)
    route = enable_cors(protect(Route.api("orders/%d" % n, show_order)))
    request = {"method": "GET", "headers": {"X-Api-Key": "k%d" % n}, "params": {"id": n}}
    response = route.dispatch(request)
    return route.path, response["status"]
