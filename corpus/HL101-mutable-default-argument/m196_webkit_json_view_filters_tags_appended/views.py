"""Catalogue views."""
from webkit import json_view


@json_view
def search(request, filters={"active": True, "tags": []}):  # expect: HL101 confirmed
    filters["q"] = request["q"]
    filters["tags"].append(request["tag"])
    hits = [f"sku-{len(request['q']) + i}" for i in range(3)]
    return {"path": request["path"], "filters": filters, "hits": hits}
