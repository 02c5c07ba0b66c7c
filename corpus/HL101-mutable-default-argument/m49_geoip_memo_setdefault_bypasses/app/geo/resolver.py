"""Country lookup for client IPv4 addresses, memoised per worker."""
from ..bounded import EvictingMixin

FIRST_OCTET = {62: "DE", 77: "NL", 81: "FR", 86: "GB", 93: "ES", 151: "IT"}


class CountryMemo(EvictingMixin, dict):
    capacity = 32


def _lookup(ip):
    first, _, _ = ip.partition(".")
    return FIRST_OCTET.get(int(first), "ZZ")


def country_for(ip, _memo=CountryMemo()):  # expect: HL101 confirmed
    if ip in _memo:
        return _memo[ip]
    return _memo.setdefault(ip, _lookup(ip))
