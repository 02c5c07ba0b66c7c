"""Newsletter worker: composes the header block for each subscriber."""
import itertools

from newsletter.send import compose

_subscribers = itertools.count()


def scenario():
    n = next(_subscribers)
    return compose(f"reader{n}@example.com", f"Weekly digest #{n}")
