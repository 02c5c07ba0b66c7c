import zlib

from ..core import Plugin


class ServerHeader(Plugin):
    slug = "server"

    def __init__(self, name="relay"):
        super().__init__({"name": name}, [self.stamp])

    def stamp(self, response):
        response.headers.setdefault("server", self.options["name"])
        return response


class Compress(Plugin):
    slug = "compress"
    defaults = {"level": 6, "min_size": 64}

    def __init__(self, **options):
        super().__init__(options, hooks=[self.squeeze])

    def squeeze(self, response):
        if "content-encoding" in response.headers:
            return response
        if len(response.body) < self.options["min_size"]:
            return response
        response.body = zlib.compress(response.body, self.options["level"])
        response.headers["content-encoding"] = "deflate"
        return response
