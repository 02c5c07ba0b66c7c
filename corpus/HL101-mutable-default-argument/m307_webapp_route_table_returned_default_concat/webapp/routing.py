"""Route lookup shared by the app and the view registry."""


def route_table(app, routes=[]):  # expect: HL101 refuted
    """The app's (path, view) pairs; an app with no views yet has none."""
    return getattr(app, "routes", routes)


def resolve(app, path):
    for pattern, view in route_table(app):
        if pattern == path:
            return view
    return None
