import itertools

import checks

_ids = itertools.count()
SCOPE = frozenset({"price", "qty", "round", "len"})


def scenario():
    n = next(_ids)
    report = checks.check_expression("price * qty + discount_%d / 100" % n, SCOPE)
    report += checks.check_expression("qty / 0", SCOPE)
    report += checks.check_expression("price ? 2", SCOPE)
    return report
