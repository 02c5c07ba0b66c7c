"""Client facade: public helpers forward their options to one request()."""
import itertools

_ids = itertools.count()


def request(method, url, headers=None, timeout=10.0, history=[]):  # expect: HL101 confirmed
    if not url.startswith(("http://", "https://")):
        raise ValueError("unsupported URL %r" % url)
    history.append(url)
    return {
        "method": method.upper(),
        "url": url,
        "headers": dict(headers or {}),
        "timeout": timeout,
        "redirects": len(history) - 1,
    }


def get(url, **opts):
    opts.setdefault("timeout", 5.0)
    return request("GET", url, **opts)


def fetch_with_trail(url, **opts):
    trail = []
    prepared = get(url, history=trail, **opts)
    return prepared, trail


def ping(host):
    prepared = get("http://%s/healthz" % host, headers={"Accept": "*/*"})
    return prepared["url"]


def scenario():
    n = next(_ids)
    prepared, trail = fetch_with_trail("https://api.example.com/items/%d" % n)
    return ping("node-%d.internal" % n), prepared["redirects"], trail
