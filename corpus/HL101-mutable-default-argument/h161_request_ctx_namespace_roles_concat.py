"""Web request context: each request gets a SimpleNamespace built from a
default settings dict. `SimpleNamespace(**defaults)` copies the top-level
keys only, but the role is added with `+`, which builds a new list bound
on the namespace, so the default's list is only read."""
import itertools
import types

_requests = itertools.count()


def request_context(user, role, defaults={"locale": "en", "roles": ["anonymous"]}):  # expect: HL101 refuted
    ctx = types.SimpleNamespace(**defaults)
    ctx.user = user
    ctx.roles = ctx.roles + [role]
    ctx.can_edit = "editor:%s" % user in ctx.roles
    return ctx


def scenario():
    n = next(_requests)
    user = "user-%06d@accounts.example.org" % n
    ctx = request_context(user, "editor:%s" % user if n % 2 else "viewer:%s" % user)
    return "%s/%s edit=%s" % (ctx.locale, ctx.user, ctx.can_edit)
