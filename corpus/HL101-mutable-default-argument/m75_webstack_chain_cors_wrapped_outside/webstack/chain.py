"""chain: wrap a handler in the middleware stack, outermost first."""


def build(handler, extra=(), middlewares=[]):  # expect: HL101 refuted
    """Register `extra` middlewares on the stack, then wrap `handler` in the whole stack."""
    middlewares.extend(extra)
    for middleware in reversed(middlewares):
        handler = middleware(handler)
    return handler
