"""HTTP client circuit breaker keeping per-endpoint state (consecutive
failures, opened-at time) in a default dict, keyed by the full request URL.
Every item fetched has its own path, so every request adds an endpoint entry
that is never dropped."""
import itertools

_requests = itertools.count()
HOSTS = ("api.example.com", "billing.example.com", "cdn.example.com")


def endpoint_state(url, _states={}):  # expect: HL101 confirmed
    return _states.setdefault(url, {"failures": 0, "opened_at": None})


def request(url, now, transport, cooldown=30.0):
    state = endpoint_state(url)
    if state["opened_at"] is not None and now - state["opened_at"] < cooldown:
        return 503, "circuit open for %s" % url
    try:
        status = transport(url)
    except OSError as exc:
        state["failures"] += 1
        if state["failures"] >= 3:
            state["opened_at"] = now
        return 599, str(exc)
    state["failures"], state["opened_at"] = 0, None
    return status, "ok"


def transport(url):
    if url.endswith(("3", "7")):
        raise ConnectionResetError("connection reset fetching %s" % url)
    return 200


def scenario():
    n = next(_requests)
    return request("https://%s/v1/items/%d" % (HOSTS[n % 3], n), n * 2.0, transport)
