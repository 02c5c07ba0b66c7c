"""Analytics job: roll up one visitor session's page views per call."""
import itertools

from analytics.rollup import fold_views

_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    views = [{"path": "/u/%d/%s" % (n, page), "status": 200} for page in ("home", "cart", "home")]
    views.append({"path": "/missing/%d" % n, "status": 404})
    counts = fold_views(views)
    return counts.most_common(1)
