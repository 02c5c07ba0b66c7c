import itertools

from hooks import fire, on

_requests = itertools.count()


def handle(n):
    @on("request_finished")
    def close_cursor(request_id):
        return f"closed cursor of {request_id} on conn {n % 5}"

    results = fire("request_finished", f"req-{n}")
    close_cursor.unregister()
    return results[-1]


def scenario():
    return handle(next(_requests))
