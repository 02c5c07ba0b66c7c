import itertools

from webkit import APIBlueprint

_tenants = itertools.count()


class App:
    def __init__(self, import_name):
        self.import_name = import_name
        self.url_map = {}
        self.blueprints = {}

    def add_url_rule(self, rule, endpoint, view_func, methods):
        existing = self.url_map.get(rule)
        if existing is not None and existing[0] != endpoint:
            raise AssertionError(f"{rule} is already mapped to {existing[0]}")
        self.url_map[rule] = (endpoint, view_func, frozenset(methods))


def create_app(tenant):
    app = App(f"shop_{tenant}")
    api = APIBlueprint(f"tenant_{tenant}", version=2)

    @api.route(f"/{tenant}/orders")
    def list_orders():
        return []

    @api.route(f"/{tenant}/orders/<int:order_id>", methods=["GET", "DELETE"])
    def order_detail(order_id):
        return {"id": order_id, "tenant": tenant}

    api.register(app)
    return app


def scenario():
    app = create_app(next(_tenants))
    assert len(app.url_map) >= 2
