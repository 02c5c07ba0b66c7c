"""Web framework: Middleware.process() runs the before()/after() hooks of
each middleware named in MIDDLEWARE around the view. TimingMiddleware keeps
the state dict it was given on self and files each timing into it later."""
import itertools

_requests = itertools.count()


class Middleware:
    # heaplint-todo: the middleware chain is built with `globals()[name]`, which heaplint does not follow; TimingMiddleware.before, which keeps the state, is never run (heaplint: unknown)
    def process(self, request, state={}):  # expect: HL101 confirmed
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
        self.state = state
        self.started = request["id"] * 0.001

    def after(self, request, response):
        self.state[request["path"]] = self.started + 0.25


MIDDLEWARE = ["TimingMiddleware"]
CHAIN = [globals()[name]() for name in MIDDLEWARE]


def scenario():
    n = next(_requests)
    return [m.process({"id": n, "path": f"/orders/{n}"}) for m in CHAIN]
