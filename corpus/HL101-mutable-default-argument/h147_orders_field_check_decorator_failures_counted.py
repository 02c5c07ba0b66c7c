"""Order importer: field checks are wrapped by a `collect_failures`
decorator that turns a ValueError into a None result and counts it under
the check's name in a defaultdict default. The keys are the decorated
function names, fixed at import, and the values are just ints."""
import collections
import functools
import itertools

_orders = itertools.count()


def collect_failures(check, failures=collections.defaultdict(int)):  # expect: HL101 refuted
    @functools.wraps(check)
    def wrapper(value):
        try:
            return check(value)
        except ValueError:
            failures[check.__name__] += 1
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
