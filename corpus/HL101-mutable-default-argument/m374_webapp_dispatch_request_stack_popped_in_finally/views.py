"""Application views and hooks."""
from webapp import before_request, dispatch


@before_request
def attach_user(request):
    request["user"] = request["headers"].get("X-User", "anonymous")


def order_detail(request):
    if request["depth"] == 1 and request["path"].endswith("/latest"):
        return dispatch(dict(request, path=request["path"][:-7] + "/1"), order_detail)
    return {"status": 200, "body": f"order {request['path']} for {request['user']}"}
