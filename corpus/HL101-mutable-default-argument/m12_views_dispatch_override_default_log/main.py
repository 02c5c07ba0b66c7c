import itertools

from web import ArticleView

_ids = itertools.count()


def scenario():
    n = next(_ids)
    view = ArticleView()
    status, body = view.dispatch({"method": "GET", "path": f"/articles/{n}"})
    return status + len(body)
