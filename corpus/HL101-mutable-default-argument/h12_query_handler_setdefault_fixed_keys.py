"""Web handler: query strings are parsed into a default dict of lists; keys are few, but the lists keep every value."""
import itertools


def parse_query(qs, params={}):  # expect: HL101 confirmed
    for pair in qs.split("&"):
        if "=" not in pair:
            continue
        key, value = pair.split("=", 1)
        params.setdefault(key, []).append(value)
    return params


def handle_search(request):
    params = parse_query(request["query"])
    page = int(params.get("page", ["1"])[-1])
    return {"status": 200, "q": params["q"][-1], "page": page}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return handle_search({"query": f"q=shoes-{n}&page={n % 5 + 1}"})
