"""HTTP client request options; per-request overrides are derived with dataclasses.replace."""
import dataclasses
import itertools

_ids = itertools.count()


@dataclasses.dataclass(frozen=True)
class RequestOptions:
    timeout: float = 10.0
    retries: int = 2
    headers: dict = dataclasses.field(default_factory=dict)
    history: list = dataclasses.field(default_factory=list)


def prepare(url, token=None, options=RequestOptions()):  # expect: HL101 refuted
    opts = dataclasses.replace(options, headers=dict(options.headers), history=list(options.history))
    if token:
        opts.headers["Authorization"] = "Bearer " + token
    opts.history.append(url)
    if url.startswith("http://") and "localhost" not in url:
        opts = dataclasses.replace(opts, retries=opts.retries + 1)
    return opts


def fetch(url, token=None):
    opts = prepare(url, token)
    return "%s timeout=%s retries=%d hops=%d" % (url, opts.timeout, opts.retries, len(opts.history))


def scenario():
    n = next(_ids)
    return fetch("https://api.example.com/items/%d" % n, "tok%d" % n), fetch("http://mirror/%d" % n)
