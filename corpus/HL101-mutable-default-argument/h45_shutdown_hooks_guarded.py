"""A logging helper that opens per-job log channels and makes sure buffered
records are flushed at shutdown by registering ``(priority, callback)`` in the
default ``_hooks`` list of ``on_shutdown``. Every new channel registers the
same flush hook, but ``on_shutdown`` skips an entry that is already present,
so the list holds one tuple however many jobs run."""
import itertools

_job_ids = itertools.count()
_pending = []


def on_shutdown(callback, priority=50, _hooks=[]):  # expect: HL101 refuted
    entry = (priority, callback)
    if entry not in _hooks:
        _hooks.append(entry)
        _hooks.sort(key=lambda item: item[0])
    return len(_hooks)


def run_shutdown_hooks():
    for _, callback in on_shutdown.__defaults__[1]:
        callback()


def _flush_pending():
    written = sum(len(record) for record in _pending)
    del _pending[:]
    return written


class Channel:
    def __init__(self, name):
        self.name = name
        on_shutdown(_flush_pending, priority=10)

    def log(self, message):
        _pending.append("%s: %s" % (self.name, message))

    def close(self):
        return _flush_pending()


def scenario():
    n = next(_job_ids)
    channel = Channel("job-%d" % n)
    channel.log("started")
    channel.log("processed %d items" % (n % 97))
    return channel.close()
