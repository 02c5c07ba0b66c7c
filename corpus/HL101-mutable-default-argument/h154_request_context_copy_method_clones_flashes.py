"""Web framework: `handle()` clones a default `RequestContext` per request
with copy.copy() and flashes a message for the page viewed. The class's
__copy__ gives the clone its own copy of the `flashes` list, so the
messages stay in the per-request clone and the default keeps none."""
import copy
import itertools

_requests = itertools.count()


class RequestContext:
    def __init__(self, user=None, flashes=()):
        self.user = user
        self.flashes = list(flashes)

    def __copy__(self):
        return RequestContext(self.user, self.flashes)

    def flash(self, message):
        self.flashes.append(message)


def handle(path, user, ctx=RequestContext()):  # expect: HL101 refuted
    local = copy.copy(ctx)
    local.user = user
    local.flash(f"{user} opened {path}")
    return f"200 {path} ({len(local.flashes)} messages)"


def scenario():
    n = next(_requests)
    return handle(f"/accounts/{n % 50}/orders/{n:06d}/receipt?format=pdf", f"user{n % 50}")
