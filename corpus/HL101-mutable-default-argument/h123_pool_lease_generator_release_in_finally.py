"""Worker pool: `leases()` is a generator that lends handles out one by one
and lists the handle currently lent in an in-use default, so a watchdog can
see what is busy. The handle is unlisted in a `finally` around the yield, so
when the batch runner breaks out early and the generator is closed, the
last handle lent is unlisted as well."""
import itertools

_batches = itertools.count()


def leases(names, in_use=[]):  # expect: HL101 refuted
    for name in names:
        handle = {"name": name, "jobs": 0}
        in_use.append(handle)
        try:
            yield handle
        finally:
            in_use.remove(handle)


def scenario():
    n = next(_batches)
    done = []
    for handle in leases(["batch%d-w%d" % (n, i) for i in range(4)]):
        handle["jobs"] += 1
        done.append(handle["name"])
        if len(done) == 2:
            break
    return done
