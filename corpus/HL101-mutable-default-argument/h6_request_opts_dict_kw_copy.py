"""HTTP client: per-request options are merged with dict(defaults, **kw), a copy, then filled in."""
import itertools


def request_options(url, opts={"timeout": 10, "retries": 2}, **overrides):  # expect: HL101 refuted
    opts = dict(opts, **overrides)
    opts["url"] = url
    opts.setdefault("headers", {})["X-Request"] = url.rsplit("/", 1)[-1]
    return opts


def get(path, n):
    return request_options(f"https://api.example.com/{path}", timeout=n % 30 + 1)


_calls = itertools.count()


def scenario():
    n = next(_calls)
    get(f"orders/{n}", n)
