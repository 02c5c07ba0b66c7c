REGISTRY = {}


def middleware(name):
    def register(cls):
        REGISTRY[name] = cls
        return cls
    return register


@middleware("request_id")
class RequestIdMiddleware:
    def __init__(self, app_name):
        self.prefix = app_name.upper()

    def applies(self, request):
        return True

    def process(self, request, headers):
        headers["X-Request-Id"] = "%s-%s" % (self.prefix, request.get("tenant"))


@middleware("gzip")
class GzipMiddleware:
    def __init__(self, app_name, min_size=512):
        self.min_size = min_size

    def applies(self, request):
        return not request["path"].startswith("/health")

    def process(self, request, headers):
        headers["Content-Encoding"] = "gzip"
