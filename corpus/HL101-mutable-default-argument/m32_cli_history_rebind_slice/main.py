import itertools

from toolkit import run

_ids = itertools.count(1)

ENVIRONMENTS = ("staging", "canary", "production")


def scenario():
    n = next(_ids)
    code, out = run(["deploy", "--build=%d" % n, ENVIRONMENTS[n % 3]])
    if n % 5 == 0:
        code, out = run(["history", "3"])
    return code, out
