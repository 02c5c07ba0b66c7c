"""Request hook: record a page view with the visitor's A/B test arms."""
from trackdb import Session

from .events import PageView


def track(sink, visitor, path, arms):
    session = Session(sink)
    session.add(PageView(visitor, path, **{f"ab_{test}": arm for test, arm in arms.items()}))
    return session.commit()
