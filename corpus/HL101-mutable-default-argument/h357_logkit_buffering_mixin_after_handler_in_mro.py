"""Log handlers: Handler.emit() calls the prepare() hook (a no-op in Handler)
with the context dict; BufferingMixin.prepare() keeps that dict as the
handler's buffer and files each record under its id. MemoryHandler lists
Handler first, so Handler's no-op prepare() shadows the mixin's."""
import itertools

_records = itertools.count()


class Handler:
    def emit(self, record_id, msg, context={}):  # expect: HL101 refuted
        self.prepare(record_id, msg, context)
        return self.format(record_id, msg)

    def prepare(self, record_id, msg, context):
        pass

    def format(self, record_id, msg):
        return f"[{record_id}] {msg}"


class BufferingMixin:
    def prepare(self, record_id, msg, context):
        self.buffer = context
        self.buffer[record_id] = msg


class MemoryHandler(Handler, BufferingMixin):
    capacity = 100


def scenario():
    n = next(_records)
    return MemoryHandler().emit(f"rec-{n}", f"user {n} logged in")
