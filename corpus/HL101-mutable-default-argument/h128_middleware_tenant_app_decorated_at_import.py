"""Multi-tenant web app: one module-level App is built without a middleware
argument, so it wraps the shared default list, and its layers are
registered with `@app.use` at import time. Requests only walk the list; the
tenant is read from each request's host instead of being baked into a
per-request layer."""
import itertools

_reqs = itertools.count()


class App:
    def __init__(self, view, middleware=[]):  # expect: HL101 refuted
        self.view = view
        self.middleware = middleware

    def use(self, layer):
        self.middleware.append(layer)
        return layer

    def __call__(self, request):
        for layer in self.middleware:
            request = layer(request) or request
        return self.view(request)


app = App(lambda req: {"status": 200, "tenant": req["headers"]["X-Tenant"]})


@app.use
def tenant_layer(request):
    request.setdefault("headers", {})["X-Tenant"] = request["host"].split(".")[0]


def scenario():
    n = next(_reqs)
    return app({"host": f"t{n}.shop.example.com", "path": f"/cart/{n}"})["status"]
