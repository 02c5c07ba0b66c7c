from .defaults import *


def _split(url):
    """(host, path) of an absolute http(s) URL."""
    scheme, _, rest = url.partition("://")
    if scheme not in ("http", "https"):
        raise ValueError(f"unsupported URL scheme in {url!r}")
    host, slash, path = rest.partition("/")
    return host.lower(), slash + path


def _send(host, path, headers, timeout):
    """Stand-in for the socket round trip: the server always opens a session."""
    return {"status": 200, "set-cookie": f"sid={abs(hash((host, path))) % 10**12:012d}"}


def fetch(url, cookies=DEFAULT_COOKIES):  # expect: HL101 confirmed
    """GET `url`, sending and then storing the host's session cookie."""
    host, path = _split(url)
    headers = {"User-Agent": USER_AGENT, "Host": host}
    if host in cookies:
        headers["Cookie"] = cookies[host]
    response = _send(host, path, headers, TIMEOUT)
    if "set-cookie" in response:
        cookies[host] = response["set-cookie"]
    return response
