"""BatchMixin: prepare() keeps each record in extra["pending"] until a flush,
then hands on to the handler's own prepare() with super()."""


class BatchMixin:
    batch_size = 500

    def prepare(self, record, extra):
        extra.setdefault("pending", []).append(record)
        super().prepare(record, extra)
