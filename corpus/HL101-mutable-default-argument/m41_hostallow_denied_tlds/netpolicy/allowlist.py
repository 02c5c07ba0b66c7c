"""Egress host allow-list with a negative cache for unknown zones."""


class HostAllowList:
    def __init__(self, patterns, known_tlds=("com", "net", "org")):
        self.exact = {p.lower() for p in patterns if not p.startswith("*.")}
        self.suffixes = tuple(p[1:].lower() for p in patterns if p.startswith("*."))
        self.known_tlds = frozenset(known_tlds)

    def __contains__(self, host, _denied=set()):  # expect: HL101 refuted
        host = host.strip().lower().rstrip(".")
        tld = host.rpartition(".")[2]
        if host in _denied or tld in _denied:
            return False
        if host in self.exact or host.endswith(self.suffixes):
            return True
        if tld not in self.known_tlds:
            _denied.add(tld)
        return False

    def __repr__(self):
        return f"HostAllowList({len(self.exact)} hosts, {len(self.suffixes)} zones)"
