"""Photo upload: each upload is auto-tagged from its file name."""
import itertools

from tagging.core import auto_tag

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    return auto_tag(f"IMG_{n:05d}_beach.jpg")
