"""HTTP client: merge_headers() folds the per-request header layers over the
`base={}` default with functools.reduce. The reducer calls acc.update(layer)
and returns acc, so the accumulator IS the default dict: every request id and
trace header is written into it and stays there."""
import functools
import itertools

_requests = itertools.count()


def _fold(acc, layer):
    acc.update(layer)
    return acc


def merge_headers(layers, base={}):  # expect: HL101 confirmed
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
