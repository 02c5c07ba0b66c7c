"""Order importer: field checks are wrapped by a `collect_failures`
decorator that turns a ValueError into a None result and files the bad
value under the check's name in a defaultdict default. Each order brings
new bad values, and the lists under each name only ever grow."""
import collections
import functools
import itertools

_orders = itertools.count()


def collect_failures(check, failures=collections.defaultdict(list)):  # expect: HL101 confirmed
    @functools.wraps(check)
    def wrapper(value):
        try:
            return check(value)
        except ValueError as exc:
            failures[check.__name__].append((value, str(exc)))
            return None
    return wrapper


@collect_failures
def quantity(value):
    qty = int(value)
    if qty <= 0:
        raise ValueError(f"quantity must be positive, got {qty}")
    return qty


def scenario():
    n = next(_orders)
    parsed = [quantity(raw) for raw in (str(n % 7 + 1), f"{n}pcs", f"-{n + 1}")]
    return sum(q for q in parsed if q is not None)
