"""Upload service: each upload is a new image, turned into a thumbnail by a filter chain."""
import itertools

import imgpipe

_uploads = itertools.count()
THUMBNAIL = ["half", "mirror", "threshold"]


def scenario():
    n = next(_uploads)
    pixels = tuple((n * 7 + i * 13) % 256 for i in range(64))
    upload = imgpipe.Image(f"upload-{n}", 8, pixels)
    thumb = imgpipe.apply(upload, THUMBNAIL)
    return thumb.width, sum(thumb.pixels)
