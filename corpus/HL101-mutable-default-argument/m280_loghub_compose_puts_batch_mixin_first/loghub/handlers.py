"""Handler: handle() runs the prepare() hook on the record and its extra
mapping, then emit(). StreamHandler only provides emit() and inherits prepare()."""


class Handler:
    def handle(self, record, extra={}):  # expect: HL101 confirmed
        self.prepare(record, extra)
        return self.emit(record, extra)

    def prepare(self, record, extra):
        extra["logger"] = record.split(" ", 1)[0]

    def emit(self, record, extra):
        raise NotImplementedError


class StreamHandler(Handler):
    def emit(self, record, extra):
        return f"{extra['logger']}: {record}"
