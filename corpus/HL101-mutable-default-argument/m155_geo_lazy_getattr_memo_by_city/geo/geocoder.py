"""Forward geocoding against the built-in gazetteer, with memoised lookups."""
from .memo import remember

GAZETTEER = {
    "berlin": (52.52, 13.405),
    "hamburg": (53.551, 9.993),
    "munich": (48.137, 11.575),
}


def locate(address, _memo={}):  # expect: HL101 refuted
    city = address.rsplit(",", 1)[-1].strip().lower()
    key = city  # the gazetteer resolves addresses to city level only
    if key in _memo:
        return _memo[key]
    return remember(_memo, key, GAZETTEER.get(city))
