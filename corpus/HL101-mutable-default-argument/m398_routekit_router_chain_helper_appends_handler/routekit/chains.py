"""Middleware chains: each middleware wraps the request, the last item is the view."""


def with_handler(middlewares, handler):
    """The chain that runs `middlewares` and then `handler`."""
    middlewares.append(handler)
    return middlewares


def run(chain, request):
    *middlewares, handler = chain
    for middleware in middlewares:
        request = middleware(request)
    return handler(request)
