"""The notes app: one view behind the configured middleware stack."""
from web.middleware import CommonMiddleware, TimingMiddleware, load_middleware

MIDDLEWARE = (TimingMiddleware, CommonMiddleware)


def note_detail(request):
    return {"status": 200, "body": "note %s for %s" % (request["path"], request["user"])}


HANDLER = load_middleware(note_detail, MIDDLEWARE)


def handle(request):
    response = HANDLER(request)
    return response["status"], response["body"], sorted(response["headers"])
