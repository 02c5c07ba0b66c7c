"""Redirect guard for an HTTP client: hosts outside the allow-list are refused."""
import itertools
import re

_ids = itertools.count()
_HOST_RE = re.compile(r"^(?:[a-z0-9-]+\.)*([a-z0-9-]+\.[a-z]{2,})(?::\d+)?$")


class HostAllowList:
    def __init__(self, domains, rejected=[]):  # expect: HL101 confirmed
        self._domains = frozenset(d.lower().lstrip(".") for d in domains)
        self._rejected = rejected

    def __contains__(self, host):
        match = _HOST_RE.match(host.lower())
        if match and match.group(1) in self._domains:
            return True
        self._rejected.append(host)
        return False

    def report(self):
        return sorted(set(self._rejected))


def follow_redirect(location, allow):
    scheme, _, rest = location.partition("://")
    if scheme not in ("http", "https"):
        return None
    host = rest.split("/", 1)[0]
    if host not in allow:
        return None
    return location


def scenario():
    n = next(_ids)
    allow = HostAllowList(["example.com", ".example.org"])
    follow_redirect(f"https://cdn.example.com/assets/{n}.js", allow)
    follow_redirect(f"https://t{n}.ads-network.net/pixel", allow)
