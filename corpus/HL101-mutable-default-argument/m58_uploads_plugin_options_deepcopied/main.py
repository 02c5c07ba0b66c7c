"""Image upload service: each upload is processed by every registered media plugin."""
import itertools

from core import manager as media

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    image = {"name": f"photo-{n}.jpg", "width": 1200 + n % 400, "height": 900, "owner": f"user{n}"}
    return media.process(image)
