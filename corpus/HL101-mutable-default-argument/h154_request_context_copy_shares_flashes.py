"""Web framework: `handle()` clones a default `RequestContext` per request
with copy.copy() and flashes a message for the page viewed. The class has
no __copy__, so the clone shares the default's `flashes` list and each
request's message is appended to the default context."""
import copy
import itertools

_requests = itertools.count()


class RequestContext:
    def __init__(self):
        self.user = None
        self.flashes = []

    def flash(self, message):
        self.flashes.append(message)


def handle(path, user, ctx=RequestContext()):  # expect: HL101 confirmed
    local = copy.copy(ctx)
    local.user = user
    local.flash(f"{user} opened {path}")
    return f"200 {path} ({len(local.flashes)} messages)"


def scenario():
    n = next(_requests)
    return handle(f"/accounts/{n % 50}/orders/{n:06d}/receipt?format=pdf", f"user{n % 50}")
