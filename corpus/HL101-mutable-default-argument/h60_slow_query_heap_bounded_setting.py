"""ORM debug toolbar: keeps the slowest queries seen so far in a min-heap for the profiling panel."""
import functools
import heapq
import itertools

SETTINGS = {"toolbar": {"slow_queries_keep": 25, "threshold_ms": 5.0}}


def record_slow_query(sql, ms, _heap=[], keep=SETTINGS["toolbar"]["slow_queries_keep"]):  # expect: HL101 refuted
    if ms < SETTINGS["toolbar"]["threshold_ms"]:
        return None
    heapq.heappush(_heap, (ms, sql))
    if keep and len(_heap) > keep:
        heapq.heappop(_heap)
    return heapq.nlargest(3, _heap)


def timed(func):
    @functools.wraps(func)
    def wrapper(sql, *params, elapsed_ms):
        record_slow_query(sql % params, elapsed_ms)
        return func(sql, *params)
    return wrapper


@timed
def execute(sql, *params):
    return sql.count("%s") == len(params)


_queries = itertools.count()


def scenario():
    n = next(_queries)
    return execute("SELECT * FROM orders WHERE id = %s AND shop = %s", n, f"'s{n}'",
                   elapsed_ms=5.0 + (n * 37) % 90)
