"""SDK retry handler: send_with_retries() retries throttling errors with
exponential backoff, goes straight to the next attempt on a connection reset
and re-raises anything else, dispatching on isinstance. For adaptive rate
limiting it keeps the backoff it chose per operation in a defaultdict(float)
default, overwriting the operation's entry on each throttled attempt."""
import itertools
from collections import defaultdict

_ids = itertools.count()


class ThrottlingError(Exception):
    pass


class ConnectionReset(Exception):
    pass


def send_with_retries(op, send, max_attempts=4, backoffs=defaultdict(float)):  # expect: HL101 refuted
    for attempt in range(max_attempts):
        try:
            return send(attempt)
        except Exception as exc:
            if isinstance(exc, ConnectionReset):
                continue
            if not isinstance(exc, ThrottlingError):
                raise
            backoffs[op] = min(0.05 * 2 ** attempt, 2.0)
    raise ThrottlingError(f"{op}: retries exhausted")


def scenario():
    n = next(_ids)
    def send(attempt):
        if attempt == 0:
            raise ThrottlingError(f"Rate exceeded for request {n}")
        if attempt == 1 and n % 2:
            raise ConnectionReset(f"connection reset by peer ({n})")
        return {"RequestId": f"r-{n}"}
    return send_with_retries(("PutItem", "GetItem", "Query")[n % 3], send)["RequestId"]
