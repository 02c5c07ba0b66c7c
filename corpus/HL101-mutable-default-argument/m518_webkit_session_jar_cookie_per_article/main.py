"""News site: one article view per call, from a visitor without cookies."""
import itertools

from webkit import Session, track_view

_views = itertools.count(1)


def scenario():
    n = next(_views)
    session = Session("anon-%d" % n)
    track_view(session, article_id=40000 + n)
    return session.cookie_header()
