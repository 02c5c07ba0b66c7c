PER_PAGE = 20
SORTS = {"relevance", "price", "newest"}


def search(request):
    term = request.arg("q").strip().lower()
    if not term:
        return {"status": 400, "error": "missing search term"}
    sort = request.arg("sort")
    if sort not in SORTS:
        sort = "relevance"
    page = max(1, int(request.arg("page", "1")))
    offset = (page - 1) * PER_PAGE
    return {"status": 200, "term": term, "sort": sort, "range": (offset, offset + PER_PAGE)}
