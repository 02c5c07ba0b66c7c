"""Search endpoint: one request in, ranked product ids out."""
from search import *  # noqa: F401,F403

import catalog


def search_endpoint(request):
    hits = search_documents(catalog, request["q"], limit=request.get("limit", 5))
    return {"request": request["id"], "hits": hits}
