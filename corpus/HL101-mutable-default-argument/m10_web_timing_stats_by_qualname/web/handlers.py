"""Request handlers, one per mounted route."""
from obs import timed


def make_handler(route):
    @timed
    def handle(request):
        if request["path"] != route:
            return 404, "not found"
        return 200, f"order {request['id']} under {route}"

    return handle
