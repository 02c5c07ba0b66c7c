"""Forecast widget: one current-conditions lookup per call, with a new API key."""
import itertools

import weather
from weather.transport import offline

_ids = itertools.count()


def scenario():
    n = next(_ids)
    client = weather.Client(f"key-{n:06d}", offline)
    return client.current(f"city{n}")
