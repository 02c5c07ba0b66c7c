"""Map server: every tile request builds the upstream renderer URL."""
import itertools

from tiles import urls

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return urls.tile_url(12, n % 4096, n // 4096)
