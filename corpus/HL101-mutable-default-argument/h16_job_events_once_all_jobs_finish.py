"""Job runner: a one-shot "done" callback is registered per job with once(); the wrapper removes itself from the listener table when it fires."""
import functools
import itertools


def once(event, handler, _listeners={}):  # expect: HL101 refuted
    @functools.wraps(handler)
    def wrapper(*args):
        _listeners[event].remove(wrapper)
        return handler(*args)

    _listeners.setdefault(event, []).append(wrapper)
    return _listeners


def emit(listeners, event, *args):
    return [fn(*args) for fn in list(listeners.get(event, ()))]


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    queue = f"queue{n % 4}"
    listeners = once(f"{queue}.done", lambda result: f"job {n} -> {result}")
    outcome = "done"
    return emit(listeners, f"{queue}.{outcome}", n * 2)
