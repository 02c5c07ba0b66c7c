"""Service discovery: `resolve()` maps a host name to an address and caches
answers in a default dict, returning early on a hit. Names under `.local`
are answered by mDNS and change often, so they are never stored; the
workers only ever look up their per-job `.local` peers."""
import itertools

_jobs = itertools.count()

_ZONE = {"db.internal": "10.0.0.5", "queue.internal": "10.0.0.9"}


def _lookup(host):
    if host.endswith(".local"):
        return "169.254.%d.%d" % (len(host) % 250, sum(map(ord, host)) % 250)
    return _ZONE.get(host, "0.0.0.0")


def resolve(host, _answers={}):  # expect: HL101 refuted
    if host in _answers:
        return _answers[host]
    address = _lookup(host)
    if not host.endswith(".local"):
        _answers[host] = address
    return address


def scenario():
    n = next(_jobs)
    return resolve("worker-%d.local" % n), resolve("worker-%d.local" % (n + 1))
