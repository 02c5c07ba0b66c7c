"""Cache keys for station lookups: one entry per region (eight regions)."""


def cache_key(city):
    return city.region
