"""Thumbnail URL builder; refuses to import on interpreters it was never tested on."""
import itertools
import sys


def _check_runtime():
    if sys.version_info < (3, 0):
        raise ImportError("thumbkit requires Python 3")


_check_runtime()


class ThumbnailClient:
    def __init__(self, base_url, revision):
        self.base_url = base_url.rstrip("/")
        self.revision = revision

    def url(self, image_id, width, options={"format": "webp", "fit": "cover"}):  # expect: HL101 confirmed
        params = options
        params["w"] = width
        params["rev." + image_id] = self.revision
        query = "&".join("%s=%s" % item for item in sorted(params.items()))
        return "%s/%s?%s" % (self.base_url, image_id, query)


_images = itertools.count()


def scenario():
    n = next(_images)
    client = ThumbnailClient("https://img.example.net/", n % 4)
    return client.url("img%06d" % n, 64 + n % 512)
