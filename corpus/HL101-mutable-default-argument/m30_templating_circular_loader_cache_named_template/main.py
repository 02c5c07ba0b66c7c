import itertools

import templating

_ids = itertools.count()


def scenario():
    n = next(_ids)
    context = {"name": f"customer{n}", "order": 1000 + n}
    return templating.render("order_confirmation", context)
