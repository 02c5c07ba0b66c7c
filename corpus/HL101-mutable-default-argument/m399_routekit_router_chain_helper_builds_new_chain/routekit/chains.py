"""Middleware chains: each middleware wraps the request, the last item is the view."""


def with_handler(middlewares, handler):
    """The chain that runs `middlewares` and then `handler`."""
    return [*middlewares, handler]


def run(chain, request):
    *middlewares, handler = chain
    for middleware in middlewares:
        request = middleware(request)
    return handler(request)
