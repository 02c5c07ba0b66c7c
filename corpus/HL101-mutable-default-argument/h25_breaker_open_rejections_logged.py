"""Circuit breaker: after enough failures calls are rejected and logged for the status page."""
import itertools

THRESHOLD = 20


class CircuitBreaker:
    def __init__(self):
        self.failures = 0

    def call(self, fn, *args, _rejected=[]):  # expect: HL101 confirmed
        if self.failures >= THRESHOLD:
            _rejected.append((fn.__name__, args))
            return None
        try:
            return fn(*args)
        except ConnectionError:
            self.failures += 1
            return None


def fetch_quote(symbol, attempt):
    raise ConnectionError(f"quotes backend down for {symbol} (attempt {attempt})")


_breaker = CircuitBreaker()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return _breaker.call(fetch_quote, f"SYM{n}", n)
