"""Metrics client: samples are buffered in a list default and handed to the
sender as one batch once batch_size samples are waiting, after which the
buffer is cleared. The caller uses batch_size=10, so the buffer is emptied
every few calls."""
import itertools

_ids = itertools.count()
_sent = []


def _send(batch):
    _sent[:] = [len(batch)]


def emit(name, value, batch_size=1000000, _buffer=[]):  # expect: HL101 refuted
    _buffer.append(f"{name}:{value}|g|#host:web-01")
    if len(_buffer) >= batch_size:
        _send(list(_buffer))
        _buffer.clear()
    return len(_buffer)


def scenario():
    n = next(_ids)
    return emit(f"checkout.latency.request_{n}", n * 3 % 997, batch_size=10)
