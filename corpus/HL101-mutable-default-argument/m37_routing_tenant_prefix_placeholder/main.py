import itertools

from tenants.app import create_app

_ids = itertools.count()


def scenario():
    n = next(_ids)
    tenant = f"acme{n}"
    app = create_app(tenant)
    method = "DELETE" if n % 3 == 0 else "GET"
    view, params = app.match(method, f"/t/{tenant}/orders/{n}")
    if view is None:
        return None
    return view(**params)
