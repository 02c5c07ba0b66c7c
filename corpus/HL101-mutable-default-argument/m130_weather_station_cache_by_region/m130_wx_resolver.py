"""Finds the station serving a city, caching it in the mapping it is given.

The key is m130_wx_keys.cache_key(city), the city's region: the cache, which
is station_for's shared default dict, never holds more than eight entries.
"""
import m130_wx_keys as keys
import m130_wx_store as store
from m130_wx_constants import STATION_PREFIX
from m130_wx_models import Station


def resolve(city, cache):
    key = keys.cache_key(city)
    station = store.get(cache, key)
    if station is None:
        station = Station(STATION_PREFIX + city.region, city.region)
        store.put(cache, key, station)
    return station
