"""Web framework: Middleware.process() runs the before()/after() hooks of
each middleware named in MIDDLEWARE around the view. TimingMiddleware copies
the state dict onto self, so the timing it files later lands in the copy."""
import itertools

_requests = itertools.count()


class Middleware:
    def process(self, request, state={}):  # expect: HL101 refuted
        self.before(request, state)
        response = {"status": 200, "path": request["path"]}
        self.after(request, response)
        return response

    def before(self, request, state):
        pass

    def after(self, request, response):
        pass


class TimingMiddleware(Middleware):
    def before(self, request, state):
        self.state = dict(state)
        self.started = request["id"] * 0.001

    def after(self, request, response):
        self.state[request["path"]] = self.started + 0.25


MIDDLEWARE = ["TimingMiddleware"]
CHAIN = [globals()[name]() for name in MIDDLEWARE]


def scenario():
    n = next(_requests)
    return [m.process({"id": n, "path": f"/orders/{n}"}) for m in CHAIN]
