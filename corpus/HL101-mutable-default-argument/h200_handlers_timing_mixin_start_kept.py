"""Request handlers with overridable hooks: BaseHandler.handle() hands its `context={}`
default to on_request() / on_response(), no-ops in the base. TimingMixin, used by the
last subclass, stamps each request id's start there and only reads it back: it stays."""
import itertools

_requests = itertools.count()
_clock = itertools.count(1_000, 7)

class BaseHandler:
    def handle(self, request, context={}):  # expect: HL101 confirmed
        self.on_request(request, context)
        response = {"status": 200, "body": self.render(request)}
        self.on_response(request, response, context)
        return response
    def render(self, request):
        raise NotImplementedError
    def on_request(self, request, context): pass
    def on_response(self, request, response, context): pass

class JsonHandler(BaseHandler):
    def render(self, request):
        return '{"path": "%s", "user": "%s"}' % (request["path"], request["user"])
    def on_request(self, request, context):
        request.setdefault("user", context.get("user", "anonymous"))

class TimingMixin:
    def on_request(self, request, context):
        super().on_request(request, context)
        context[request["id"]] = next(_clock)
    def on_response(self, request, response, context):
        super().on_response(request, response, context)
        response["x-elapsed-ms"] = next(_clock) - context[request["id"]]

class TimedJsonHandler(TimingMixin, JsonHandler): pass

def scenario():
    n = next(_requests)
    plain = JsonHandler().handle({"id": f"req-{n}-a", "path": "/health"})
    timed = TimedJsonHandler().handle({"id": f"req-{n}-b", "path": f"/orders/{n}", "user": "ann"})
    return plain["status"] + timed["x-elapsed-ms"]
