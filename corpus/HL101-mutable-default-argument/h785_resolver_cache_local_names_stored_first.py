"""Service discovery: `resolve()` maps a host name to an address and caches
answers in a default dict, returning early on a hit. Names under `.local`
change often, so the early return skips them, but the store does not: every
per-job `.local` peer the workers look up is kept under its own name."""
import itertools

_jobs = itertools.count()

_ZONE = {"db.internal": "10.0.0.5", "queue.internal": "10.0.0.9"}


def _lookup(host):
    if host.endswith(".local"):
        return "169.254.%d.%d" % (len(host) % 250, sum(map(ord, host)) % 250)
    return _ZONE.get(host, "0.0.0.0")


def resolve(host, _answers={}):  # expect: HL101 confirmed
    if host in _answers and not host.endswith(".local"):
        return _answers[host]
    address = _lookup(host)
    _answers[host] = address
    return address


def scenario():
    n = next(_jobs)
    return resolve("worker-%d.local" % n), resolve("worker-%d.local" % (n + 1))
