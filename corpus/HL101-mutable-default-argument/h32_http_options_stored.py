"""HTTP client helper: request options travel through two helpers that attach per-host credentials."""
import itertools


def fetch(url, token, options={}):  # expect: HL101 confirmed
    prepared = _prepare(url, token, options)
    timeout = prepared.get("timeout", 10.0)
    return f"GET {url} timeout={timeout} auth={prepared['auth:' + _host_of(url)]}"


def _host_of(url):
    return url.partition("://")[2].split("/", 1)[0].split("?", 1)[0].lower()


def _prepare(url, token, options):
    scheme = url.partition("://")[0]
    if scheme not in ("http", "https"):
        raise ValueError(f"unsupported scheme {scheme!r}")
    return _bind_credentials(_host_of(url), token, options)


def _bind_credentials(host, token, options):
    merged = options
    merged[f"auth:{host}"] = f"Bearer {token}"
    return merged


_calls = itertools.count()


def scenario():
    n = next(_calls)
    return fetch(f"https://tenant{n}.api.example.com/v1/items?page={n % 5}", f"tok-{n:08x}")
