"""Payment gateway stub: charge() records each in-flight idempotency key in
a dict default so a retried request is rejected while the first one is
still running. The amount limit is checked after the key is recorded, so a
declined charge raises with its key left pending forever."""
import itertools

_ids = itertools.count()
LIMIT_CENTS = 50_000


class Declined(Exception):
    pass


def charge(key, cents, pending={}):  # expect: HL101 confirmed
    if key in pending:
        raise RuntimeError(f"charge {key} already in progress")
    pending[key] = cents
    if cents > LIMIT_CENTS:
        raise Declined(f"{cents} cents exceeds the limit")
    receipt = {"key": key, "cents": cents, "fee": cents * 29 // 1000 + 30}
    del pending[key]
    return receipt


def scenario():
    n = next(_ids)
    receipt = charge(f"idem-{n:08d}-checkout-a", 1999 + n % 100)
    try:
        charge(f"idem-{n:08d}-checkout-b", LIMIT_CENTS + 1 + n)
    except Declined:
        pass
    return receipt["fee"]
