"""Public lookup API; the cache lives in the default argument."""
import m130_wx_resolver as resolver

__all__ = ["station_for"]


def station_for(city, cache={}):  # expect: HL101 refuted
    return resolver.resolve(city, cache)
