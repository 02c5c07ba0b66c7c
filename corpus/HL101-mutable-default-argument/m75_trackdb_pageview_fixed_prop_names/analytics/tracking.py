"""Request hook: record a page view with the visitor's A/B test arm."""
from trackdb import Session

from .events import PageView


def track(sink, visitor, path, arms):
    session = Session(sink)
    for test, arm in arms.items():
        session.add(PageView(visitor, path, experiment=test, arm=arm))
    return session.commit()
