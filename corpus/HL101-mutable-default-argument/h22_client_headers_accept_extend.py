"""HTTP client: per-call options are merged over the client's default headers, normalised by value type."""
import itertools


def _normalise(value):
    if isinstance(value, str):
        return [value.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value]
    if isinstance(value, dict):
        return [f"{k}={v}" for k, v in value.items()]
    return [str(value)]


def _merge(base, options):
    merged = dict(base)
    for name, value in options.items():
        header = name.replace("_", "-").title()
        merged.setdefault(header, []).extend(_normalise(value))
    return merged


def build_request(method, url, headers={"Accept": ["application/json"]}, **options):  # expect: HL101 confirmed
    final = _merge(headers, options)
    lines = [f"{method} {url} HTTP/1.1"]
    lines += [f"{name}: {', '.join(values)}" for name, values in final.items()]
    return "\r\n".join(lines)


_calls = itertools.count()


def scenario():
    n = next(_calls)
    listing = build_request("GET", f"/orders?page={n}")
    export = build_request("GET", f"/orders/{n}", accept=(f"text/csv; v={n}",), cookie={"sid": n})
    return len(listing) + len(export)
