"""Log handlers: `ContextMixin.handle()` takes `extra={}`, stamps the host
name into it and passes it on with `super().handle()`; the mixin inherits from
no handler, so what super() reaches depends on what it is combined with.
`AppHandler` combines it with `StreamHandler`, whose handle() only formats the
record, so the default dict keeps just the one "host" key."""
import itertools

_records = itertools.count()


class StreamHandler:
    def handle(self, record, extra):
        return f"{extra['host']} {record}"


class BufferingHandler:
    def handle(self, record, extra):
        extra.setdefault("buffer", []).append(record)
        return f"{extra['host']} buffered {len(extra['buffer'])}"


class ContextMixin:
    hostname = "web-01"

    def handle(self, record, extra={}):  # expect: HL101 refuted
        extra["host"] = self.hostname
        return super().handle(record, extra)


class AppHandler(ContextMixin, StreamHandler):
    level = 20


def scenario():
    n = next(_records)
    return AppHandler().handle(f"INFO request {n} served in {n % 90} ms")
