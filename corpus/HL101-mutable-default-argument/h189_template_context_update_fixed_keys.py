"""Template rendering: context_for() returns the request's own context or
its default dict. The view update()s the returned context with the current
user and the latest flash message under fixed keys, so the shared default
is written every request but only ever holds those two entries."""
import itertools


def context_for(request, ctx={}):  # expect: HL101 refuted
    return request.get("context", ctx)


def render_dashboard(request, message_id):
    ctx = context_for(request)
    ctx.update({"user": request["user"], "flash": f"Saved draft {message_id}"})
    return "<p>{user}</p>".format(**ctx)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return render_dashboard({"user": f"user{n}", "path": "/dashboard"}, n)
