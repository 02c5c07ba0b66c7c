"""View registration: each (path, view) pair gives the app a new, longer route table."""
from .routing import route_table


def register(app, path, view):
    table = route_table(app) + [(path, view)]
    app.routes = table
    return view
