"""Multi-tenant web app: each request builds a small App for its tenant and
registers the tenant's middleware with `use()`. App() without a middleware
argument wraps the shared default list, so every request's tenant layer (a
closure over the tenant name) stays registered, and runs, for all later
requests."""
import itertools

_reqs = itertools.count()


class App:
    def __init__(self, view, middleware=[]):  # expect: HL101 confirmed
        self.view = view
        self.middleware = middleware

    def use(self, layer):
        self.middleware.append(layer)
        return layer

    def __call__(self, request):
        for layer in self.middleware:
            request = layer(request) or request
        return self.view(request)


def tenant_layer(tenant):
    def layer(request):
        request.setdefault("headers", {})["X-Tenant"] = tenant
    return layer


def handle(request):
    app = App(lambda req: {"status": 200, "tenant": req["headers"]["X-Tenant"]})
    app.use(tenant_layer(request["host"].split(".")[0]))
    return app(request)


def scenario():
    n = next(_reqs)
    return handle({"host": f"t{n}.shop.example.com", "path": f"/cart/{n}"})["status"]
