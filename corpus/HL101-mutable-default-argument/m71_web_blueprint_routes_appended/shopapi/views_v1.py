ROUTES = {"/items": "list_items", "/items/detail": "item_detail"}


def list_items(request):
    page = int(request.arg("page", "1"))
    return {"page": page, "items": [f"item-{i}" for i in range(page * 3, page * 3 + 3)]}


def item_detail(request):
    item_id = request.arg("id")
    return {"id": item_id, "name": f"item-{item_id}"}
