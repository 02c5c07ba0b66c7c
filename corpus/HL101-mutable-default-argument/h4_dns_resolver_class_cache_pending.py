"""Service mesh: a resolver caches per-TLD upstreams on the class and tracks in-flight hosts in a default."""
import itertools


class Resolver:
    _upstreams = {}

    def resolve(self, host, _pending=[]):  # expect: HL101 refuted
        _pending.append(host)
        try:
            tld = host.rsplit(".", 1)[-1]
            if tld not in Resolver._upstreams:
                Resolver._upstreams[tld] = f"ns1.{tld}-registry.net"
            return f"{Resolver._upstreams[tld]}?q={host}&inflight={len(_pending)}"
        finally:
            _pending.remove(host)


_lookups = itertools.count()


def scenario():
    n = next(_lookups)
    Resolver().resolve(f"api{n}.svc.{('com', 'org', 'io')[n % 3]}")
