from .. import mixins


class HostResolver(mixins.MemoMixin):
    """Resolve host names against a static zone (a stand-in for DNS)."""

    def __init__(self, zone):
        self.zone = zone

    def resolve(self, hostname, _memo={}):  # expect: HL101 refuted
        return self._memoized(hostname.lower(), self._lookup, _memo)

    def _lookup(self, hostname):
        domain = hostname.split(".", 1)[-1]
        network = self.zone.get(domain, 10)
        digest = sum(map(ord, hostname)) % 4096
        return f"{network}.{digest // 256}.{digest % 256 // 16}.{digest % 16 + 1}"
