import itertools

from site_runtime import devloop

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return devloop.serve_once({"path": f"/blog/{n}", "body": f"post {n} :)"})
