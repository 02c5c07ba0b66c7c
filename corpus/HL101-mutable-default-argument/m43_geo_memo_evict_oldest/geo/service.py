from .cache import *

_NETWORKS = {
    "10": "Internal",
    "192": "Office",
    "172": "VPN",
}


def _lookup(ip):
    first, _, rest = ip.partition(".")
    site = _NETWORKS.get(first)
    if site is None or not rest:
        return None
    octets = rest.split(".")
    return {"site": site, "rack": int(octets[-1]) % 8, "ip": ip}


def resolve_city(raw_ip):
    ip = raw_ip.strip().lower()
    if not ip:
        raise CacheMiss(raw_ip)
    entry = memoized_fetch(ip, _lookup, maxsize=32)
    return "%s/rack-%d" % (entry["site"], entry["rack"])
