"""HTTP client: merge_headers() folds the per-request header layers over the
`base={}` default with functools.reduce. The reducer builds a new dict
{**acc, **layer} at every step, so the default is only read as the starting
value and each request's headers live in fresh dicts."""
import functools
import itertools

_requests = itertools.count()


def _fold(acc, layer):
    return {**acc, **layer}


def merge_headers(layers, base={}):  # expect: HL101 refuted
    return functools.reduce(_fold, layers, base)


def scenario():
    n = next(_requests)
    layers = [
        {"User-Agent": "shopclient/2.1", "Accept": "application/json"},
        {f"X-Request-{n}": f"req-{n:08x}-{'a' * 24}"},
        {"X-Trace": f"trace-{n * 31:012d}"},
    ]
    headers = merge_headers(layers)
    return len(headers)
