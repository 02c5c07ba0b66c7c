"""Newsletter: send one campaign batch per call, duplicates removed."""
import itertools

from mailer.batch import send_batch

_campaigns = itertools.count()


def scenario():
    n = next(_campaigns)
    people = ["Reader%d@Example.com" % (n * 3 + i) for i in range(3)]
    return send_batch("Issue #%d" % n, people + [people[0].upper()])
