from .views_v1 import item_detail as _v1_detail

ROUTES = {"/items": "list_items", "/items/detail": "item_detail"}


def list_items(request):
    page = int(request.arg("page", "1"))
    names = [f"item-{i}" for i in range(page * 3, page * 3 + 3)]
    return {"data": [{"name": name} for name in names], "meta": {"page": page}}


def item_detail(request):
    return {"data": _v1_detail(request), "meta": {"version": 2}}
