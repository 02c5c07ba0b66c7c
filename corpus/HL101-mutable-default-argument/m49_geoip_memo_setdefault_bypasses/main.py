"""Per-request locale pick from the client address."""
import itertools

from app.geo import country_for

_requests = itertools.count(1)
_OCTETS = (62, 77, 81, 86, 93, 151, 203)
LANGUAGE = {"DE": "de", "NL": "nl", "FR": "fr", "ES": "es", "IT": "it"}


def scenario():
    n = next(_requests)
    ip = f"{_OCTETS[n % len(_OCTETS)]}.{n % 251}.{n // 251 % 251}.{n % 13 + 1}"
    return LANGUAGE.get(country_for(ip), "en")
