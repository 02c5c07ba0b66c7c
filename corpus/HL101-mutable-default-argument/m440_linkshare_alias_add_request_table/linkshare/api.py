from . import registry, routes


def publish_share(code, owner):
    """Expose /s/<code> for one owner and follow it once to check it works."""
    path = f"/s/{code}"
    table = routes.add(path, routes.redirect, dict(routes.APP))
    view = registry.resolve(path, table)
    return view({"path": path, "owner": owner})
