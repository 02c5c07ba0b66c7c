from webhost import route as on_host


@on_host("*")
def health(request):
    if request["path"] == "/healthz":
        return {"status": 200, "body": "ok"}
    return None


@on_host("*")
def storefront(request):
    return {"status": 200, "body": f"shop page {request['path']}"}
