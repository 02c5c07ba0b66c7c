"""One thumbnail request: the size comes from the uploaded image."""
import itertools

import service

_images = itertools.count(1)


def scenario():
    n = next(_images)
    return service.thumbnail(n, 8 + n % 97, 4 + n % 13)
