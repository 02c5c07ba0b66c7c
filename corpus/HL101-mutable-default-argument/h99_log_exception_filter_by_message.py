"""Payment worker logs each distinct failure once with its traceback and
repeats without it. The filter remembers what it has seen in a set default,
keyed by the exception type and text; the text names the card token, which
differs on every declined payment, so the set gains an entry per failure."""
import itertools
import logging


class FirstTraceback(logging.Filter):
    # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 11 (heaplint: unknown)
    def filter(self, record, _seen=set()):  # expect: HL101 confirmed
        if not record.exc_info:
            return True
        exc_type, exc, _ = record.exc_info
        key = (exc_type.__name__, str(exc))
        if key in _seen:
            record.exc_info = record.exc_text = None
        else:
            _seen.add(key)
        return True


log = logging.getLogger("payments.worker")
log.propagate = False
log.addHandler(logging.NullHandler())
log.addFilter(FirstTraceback())
_payments = itertools.count()


def scenario():
    n = next(_payments)
    try:
        raise ValueError("card tok_%012x declined: insufficient funds" % (n * 48271))
    except ValueError:
        log.exception("payment %d failed", n)
