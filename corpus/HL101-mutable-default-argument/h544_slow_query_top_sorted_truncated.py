"""Database debug toolbar in the style of a web framework's SQL panel: each
finished query is offered to a "slowest queries" list, kept sorted with the
slowest first. The list is the default argument; after sorting it is cut
back to the top five in place, so it never holds more than five entries."""
import itertools

_ids = itertools.count()
TOP_N = 5


def record_query(sql, duration_ms, top=[]):  # expect: HL101 refuted
    top.append((duration_ms, sql))
    top.sort(key=lambda entry: entry[0], reverse=True)
    del top[TOP_N:]
    return [sql for _, sql in top]


def run_request(request_id):
    sql = f"SELECT * FROM orders WHERE request_id = {request_id}"
    duration = (request_id * 37) % 250 + 0.5
    slowest = record_query(sql, duration)
    return len(slowest), slowest[0]


def scenario():
    return run_request(next(_ids))
