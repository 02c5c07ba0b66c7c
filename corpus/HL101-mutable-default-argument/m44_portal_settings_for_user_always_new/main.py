import itertools

import portal

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    user = {"id": n, "account": "acme-%d" % n, "trial_until": "2031-01-%02d" % (n % 28 + 1)}
    if n % 4 == 0:
        user["locale"] = "en"
    return portal.render_dashboard(user)
