"""Account service: one profile page (two queries) served per call."""
import itertools

from tracekit import views

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return views.profile(user_id=n, locale=("en", "de", "fr")[n % 3])
