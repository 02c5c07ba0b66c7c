"""HTTP client: `opts = opts | extra` copies the default; `hdrs |= extra` updates the default dict in place."""
import itertools


def build_opts(url, extra, opts={"timeout": 5}):  # expect: HL101 refuted
    opts = opts | extra
    opts["url"] = url
    return opts


def build_headers(url, extra, hdrs={"Accept": "application/json"}):  # expect: HL101 confirmed
    hdrs |= {f"X-Trace-{k}": v for k, v in extra.items()}
    return dict(hdrs, Host=url.split("/")[2])


_reqs = itertools.count()


def scenario():
    n = next(_reqs)
    extra = {f"req{n}": str(n)}
    build_opts(f"https://api.example.com/{n}", extra)
    build_headers(f"https://api.example.com/{n}", extra)
