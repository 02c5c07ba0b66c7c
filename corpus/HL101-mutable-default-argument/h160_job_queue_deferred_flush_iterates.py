"""Background jobs: a dispatcher runs jobs immediately unless the subclass
sets deferred = True, in which case they wait in a default list until
flush(). flush() only runs the newest pending job and never removes any,
so every submitted closure (with its cell) stays in the shared list."""
import itertools


class Dispatcher:
    deferred = False

    def submit(self, job, _pending=[]):  # expect: HL101 confirmed
        if self.deferred:
            _pending.append(job)
            return _pending
        job()
        return None

    def flush(self, pending):
        done = 0
        for job in pending[-1:]:
            job()
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
