"""Debug log: the default is a bound append of a module-level deque(maxlen=50), so the log never holds more than 50 lines."""
import collections
import itertools

_recent = collections.deque(maxlen=50)


def debug(message, *args, emit=_recent.append):
    emit(message % args if args else message)
    return len(_recent)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return debug("request %d took %d ms", n, n % 300)
