from minirest import Request, Router

from . import views_v1, views_v2

_VIEW_MODULES = {"v1": views_v1, "v2": views_v2}


def blueprint(version):
    # Mounted per request so that a reloaded view module is picked up.
    return Router(f"/api/{version}").add_views(_VIEW_MODULES[version])


def handle(path, params):
    version = path.split("/")[2]
    view = blueprint(version).match(path)
    if view is None:
        return 404, {"error": f"no route for {path}"}
    return 200, view(Request(path, params))
