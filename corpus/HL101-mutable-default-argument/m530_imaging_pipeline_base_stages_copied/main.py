"""Image service: one thumbnail per call, for a newly uploaded image."""
import itertools

from imaging.api import build_pipeline

_ids = itertools.count()


def scenario():
    n = next(_ids)
    image = {"name": f"upload-{n}.png", "size": (800 + n % 5, 600)}
    return build_pipeline("thumbnail").run(image)["size"]
