"""Middleware factories take the next handler and return a callable; the
loader records the built instances so exception hooks can run outermost last."""


class CommonMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("headers", {})["Content-Type"] = "text/html"
        return response


class TimingMiddleware(CommonMiddleware):
    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("headers", {})["Server-Timing"] = "app;dur=1"
        return response


def load_middleware(view, factories, chain=[]):  # expect: HL101 refuted
    handler = view
    for factory in reversed(factories):
        handler = factory(handler)
        chain.append(handler)
    return handler
