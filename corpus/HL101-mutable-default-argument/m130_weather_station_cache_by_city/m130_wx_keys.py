"""Cache keys for station lookups: one entry per city name."""


def cache_key(city):
    return city.name
