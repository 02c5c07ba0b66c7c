from .repo import slots as slot_repo
from .services import booking

ROUTES = {}


def route(path):
    def register(handler):
        ROUTES[path] = handler
        return handler
    return register


@route("/slots")
def list_slots(request):
    free = booking.open_slots(slot_repo, request["doctor"], request["day"])
    return {"status": 200, "doctor": request["doctor"], "slots": free}


def dispatch(request):
    handler = ROUTES.get(request["path"])
    if handler is None:
        return {"status": 404}
    return handler(request)
