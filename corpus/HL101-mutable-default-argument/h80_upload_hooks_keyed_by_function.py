"""Upload service: request handlers hook upload events with an @on(event) decorator."""
import itertools
import operator


def handlers_for(event, _table={}):  # expect: HL101 confirmed
    return _table.setdefault(event, {})


def on(event, priority=0):
    def register(fn):
        handlers_for(event)[fn] = (priority, fn)
        return fn
    return register


def emit(event, payload):
    ordered = sorted(handlers_for(event).values(), key=operator.itemgetter(0))
    return [fn(payload) for _, fn in ordered]


def handle_upload(user, filename, size):
    @on("upload.finished", priority=10)
    def notify_owner(payload):
        return f"{user}: {payload['name']} ({payload['size']} bytes) is ready"

    return emit("upload.finished", {"name": filename, "size": size})


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    return handle_upload(f"user{n % 7}", f"scan-{n}.pdf", 1024 + n)
