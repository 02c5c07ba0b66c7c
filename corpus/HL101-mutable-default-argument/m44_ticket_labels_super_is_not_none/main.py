import itertools

import tracker.service

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    title = "Printer on floor %d jams" % (n % 9)
    return tracker.service.open_ticket(title, reporter="user%d" % n)
