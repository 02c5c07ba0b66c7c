from ..routing import route

STAFF = {"staff0", "staff1"}


@route("admin.shop.example")
def admin_panel(request):
    if request["user"] not in STAFF:
        return {"status": 403, "body": "forbidden"}
    return {"status": 200, "body": f"admin {request['path']}"}
