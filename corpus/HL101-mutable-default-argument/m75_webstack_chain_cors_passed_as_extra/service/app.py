"""The greeting service: stock middlewares at startup, CORS per calling origin."""
from webstack import build, middleware as mw


def router(request):
    return {"status": 200, "body": f"hello {request['user']}", "headers": {}}


build(router, extra=(mw.request_id, mw.server_header))  # startup: the process-wide stack


def handle(request):
    handler = build(router, extra=(mw.cors(request["origin"]),))
    return handler(request)
