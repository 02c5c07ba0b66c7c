"""Event dispatcher with priority-ordered handlers. A per-request subclass adds a
request-scoped handler after `super().__init__()`; the base class sorts the given
handlers into a new list, so the shared default list is only read."""
import functools
import itertools
import operator

_requests = itertools.count()


class Dispatcher:
    default_priority = 50

    def __init__(self, handlers=[]):  # expect: HL101 refuted
        self.handlers = sorted(handlers, key=operator.itemgetter(0))

    def add(self, fn, priority=None):
        self.handlers.append((self.default_priority if priority is None else priority, fn))
        self.handlers.sort(key=operator.itemgetter(0))

    def dispatch(self, event):
        return [fn(event) for _, fn in self.handlers]


def tag(request_id, event):
    return "%s:%s" % (request_id, event)


class RequestDispatcher(Dispatcher):
    def __init__(self, request_id, **kwargs):
        super().__init__(**kwargs)
        self.add(functools.partial(tag, request_id), priority=10)
        self.add(str.upper)


def scenario():
    n = next(_requests)
    return RequestDispatcher("req-%d" % n).dispatch("commit-%d" % n)
