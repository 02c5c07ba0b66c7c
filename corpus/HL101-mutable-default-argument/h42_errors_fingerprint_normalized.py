"""Error reporting: payment failures are fingerprinted so each distinct error reaches the tracker once.

`report_once()` adds to its default set (with `|=`) only from the `except`
branch of `process()`, which the traffic does hit. The fingerprint replaces
hex addresses and every run of digits before it is stored, so the ids and
amounts in the messages collapse onto a handful of templates and the set
stops growing after the first few failures.
"""
import itertools
import logging
import re

log = logging.getLogger(__name__)

_HEX = re.compile(r"0x[0-9a-fA-F]+")
_DIGITS = re.compile(r"\d+")


class CardDeclined(Exception):
    pass


class Tracker:
    """Stands in for the error-tracker client: remembers what it was sent."""

    def __init__(self):
        self.sent = []

    def capture(self, fingerprint, message):
        self.sent.append((fingerprint, message[:80]))


def fingerprint(exc):
    message = _HEX.sub("0x?", str(exc))
    message = _DIGITS.sub("N", message)
    return f"{type(exc).__name__}:{message}"


def report_once(exc, tracker, _reported=set()):  # expect: HL101 refuted
    key = fingerprint(exc)
    if key in _reported:
        return False
    _reported |= {key}
    tracker.capture(key, str(exc))
    return True


def charge(order):
    if order["amount"] <= 0:
        raise ValueError(f"order {order['id']}: amount {order['amount']} must be positive")
    if order["card"].endswith("0002"):
        raise CardDeclined(f"card ending {order['card'][-4:]} declined for order {order['id']}")
    try:
        return {"order": order["id"], "captured": order["amount"], "currency": order["currency"]}
    except KeyError as exc:
        raise LookupError(f"order {order['id']} missing field {exc}") from None


def process(order, tracker):
    try:
        return charge(order)
    except (ValueError, CardDeclined, LookupError) as exc:
        if report_once(exc, tracker):
            log.info("new payment failure: %s", exc)
        return None


TRACKER = Tracker()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    order = {"id": 700_000 + n, "amount": (n % 6) * 250 - 250, "card": f"4111{n % 3:012d}"}
    if n % 4:
        order["currency"] = "EUR"
    return process(order, TRACKER)
