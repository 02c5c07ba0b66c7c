"""Metrics client: `batcher()` is a coroutine that buffers samples sent to
it in a list default and, when sent None, yields the batch and empties the
buffer. `ship()` sends the None flush only after the last sample; a report
with an unparsable value raises ValueError (the caller counts it as
failed) before the flush, and the samples already sent stay buffered."""
import itertools

_reports = itertools.count()


def batcher(buffer=[]):  # expect: HL101 confirmed
    batch = None
    while True:
        sample = yield batch
        batch = None
        if sample is None:
            batch, buffer[:] = list(buffer), []
        else:
            buffer.append(sample)


def ship(samples):
    coro = batcher()
    next(coro)
    for name, value in samples:
        coro.send((name, float(value)))
    batch = coro.send(None)
    return len(batch)


def scenario():
    n = next(_reports)
    samples = [("req.size.%d" % n, str(i * 64)) for i in range(4)] + [("req.errors", "n/a")]
    try:
        return ship(samples)
    except ValueError:
        return -1
