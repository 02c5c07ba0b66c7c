"""Tiny HTTP facade: verb helpers are partials of transport.fetch."""
from functools import partial

from .transport import Response, fetch, purge_cache

get = partial(fetch, "GET", timeout=5.0, cache_ttl=60)
head = partial(fetch, "HEAD", timeout=2.0, cache_ttl=60)
post = partial(fetch, "POST", timeout=30.0)

__all__ = ["Response", "get", "head", "post", "purge_cache"]
