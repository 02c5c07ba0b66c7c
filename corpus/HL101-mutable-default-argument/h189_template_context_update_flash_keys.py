"""Template rendering: context_for() returns the request's own context or
its default dict. The view update()s the returned context with the current
user and a flash message stored under a per-message key, so each request
adds a new key to the shared default context."""
import itertools


def context_for(request, ctx={}):  # expect: HL101 confirmed
    return request.get("context", ctx)


def render_dashboard(request, message_id):
    ctx = context_for(request)
    ctx.update({"user": request["user"], f"flash_{message_id}": f"Saved draft {message_id}"})
    return "<p>{user}</p>".format(**ctx)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return render_dashboard({"user": f"user{n}", "path": "/dashboard"}, n)
