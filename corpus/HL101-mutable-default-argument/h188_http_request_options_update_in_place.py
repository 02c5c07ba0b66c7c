"""HTTP client helper: request() takes an options dict (empty by default) and
runs it through _normalize() (checks the timeout), _merge() (adds the
per-request headers) and _convert() (turns the options into transport
keyword arguments). _merge() calls options.update(headers) and returns the
same dict, so each request's unique header key stays in the default dict."""
import itertools

_ids = itertools.count()


def _normalize(options):
    if options.get("timeout", 30) <= 0:
        raise ValueError("timeout must be positive")
    return options


def _merge(options, headers):
    options.update(headers)
    return options


def _convert(options):
    names = sorted(k for k in options if k.startswith("x_"))
    return {"timeout": options.get("timeout", 30), "headers": names}


def request(method, url, headers, options={}):  # expect: HL101 confirmed
    prepared = _convert(_merge(_normalize(options), headers))
    return f"{method} {url} timeout={prepared['timeout']} headers={len(prepared['headers'])}"


def scenario():
    n = next(_ids)
    headers = {f"x_request_{n}": f"req-{n:08d}", "x_tenant": f"t{n % 7}"}
    return request("GET", f"https://api.example.com/orders/{n}", headers)
