"""webframe: a minimal WSGI-ish framework; middleware wraps views, outermost first."""
from .auth import auth_middleware
from .csrf import csrf_middleware
from .request import make_context
from .timing import timing_middleware

__all__ = ["MIDDLEWARE", "handle", "make_context"]

MIDDLEWARE = [timing_middleware, auth_middleware, csrf_middleware]


def handle(method, path, headers, view):
    ctx = make_context(method, path, headers)

    def call(index, ctx):
        if index == len(MIDDLEWARE):
            return view(ctx)
        return MIDDLEWARE[index](ctx, lambda next_ctx: call(index + 1, next_ctx))

    return call(0, ctx)
