"""View registration: adds (path, view) pairs to the app's route table."""
from .routing import route_table


def register(app, path, view):
    table = route_table(app)
    table.append((path, view))
    app.routes = table
    return view
