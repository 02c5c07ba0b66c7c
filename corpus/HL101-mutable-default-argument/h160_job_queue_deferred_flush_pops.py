"""Background jobs: a dispatcher runs jobs immediately unless the subclass
sets deferred = True, in which case they wait in a default list until
flush(). flush() pops every pending job while running it, so the shared list
is empty again at the end of each scenario() and nothing is retained."""
import itertools


class Dispatcher:
    deferred = False

    def submit(self, job, _pending=[]):  # expect: HL101 refuted
        if self.deferred:
            _pending.append(job)
            return _pending
        job()
        return None

    def flush(self, pending):
        done = 0
        while pending:
            pending.pop()()
            done += 1
        return done


class RequestScopedDispatcher(Dispatcher):
    deferred = True


_requests = itertools.count()


def scenario():
    n = next(_requests)
    dispatcher = RequestScopedDispatcher()
    pending = dispatcher.submit(lambda: "email user %d" % n)
    return dispatcher.flush(pending)
