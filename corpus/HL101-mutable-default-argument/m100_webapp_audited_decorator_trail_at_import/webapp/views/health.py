from ..middleware import audited


@audited
def ping(request):
    return {"status": 200, "body": "pong"}
