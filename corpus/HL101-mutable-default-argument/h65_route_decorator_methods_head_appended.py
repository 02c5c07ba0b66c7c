"""Web framework: view functions are registered on a router; GET routes also answer HEAD."""
import itertools


class Router:
    def __init__(self, prefix):
        self.prefix, self.rules = prefix, []

    def route(self, path, methods=["GET"]):  # expect: HL101 confirmed
        def register(view):
            if "GET" in methods:
                methods.append("HEAD")
            view.allowed_methods = frozenset(methods)
            self.rules.append((self.prefix + path, view))
            return view
        return register

    def allowed(self, path):
        return {rule: sorted(view.allowed_methods) for rule, view in self.rules}.get(path, [])


def static_page():
    return "ok"


def mount_tenant_api(tenant):
    api = Router(f"/t/{tenant}")

    @api.route("/users")
    def list_users():
        return f"users of {tenant}"

    for page in ("/health", "/status", "/version", "/robots.txt"):
        api.route(page)(static_page)
    return api


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    return mount_tenant_api(f"acme{n}").allowed(f"/t/acme{n}/users")
