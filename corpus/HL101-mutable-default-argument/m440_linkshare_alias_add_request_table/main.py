"""Link shortener: one share link published and followed per call."""
import itertools

from linkshare import api

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return api.publish_share(f"{n:x}", owner=f"user{n % 50}")
