"""API gateway: one request from a new client, timestamped by a logical clock."""
import itertools

from api import views
from ratelimit import TooManyRequests

_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    request = {"client": f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}",
               "ts": n, "path": f"/users/u{n}"}
    try:
        return views.get_profile(request)["status"]
    except TooManyRequests:
        return 429
