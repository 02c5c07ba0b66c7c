from .decorators import tagged


@tagged
class Logger:
    """Collects formatted lines in memory; the caller ships them."""

    def __init__(self, name):
        self.name = name
        self.lines = []

    def emit(self, msg, extra={}):  # expect: HL101 refuted
        extra.update(logger=self.name, tags=self.tags)
        fields = " ".join(f"{k}={v}" for k, v in sorted(extra.items()))
        self.lines.append(f"{self.name}: {msg} {fields}")
        return len(self.lines[-1])
