"""Record-processing stages with overridable hooks."""


class Stage:
    name = "stage"

    def __init__(self, name=None):
        self.name = name or self.name
        self.processed = 0

    def run(self, record, context={}):  # expect: HL101 confirmed
        """Process one record; ``context`` carries per-run options."""
        if record is None:
            return None
        self.before(record, context)
        out = self.process(record, context)
        self.processed += 1
        return out

    def before(self, record, context):
        """Hook run before process(); the default does nothing."""

    def process(self, record, context):
        raise NotImplementedError

    def reset(self, context):
        context.clear()
        self.processed = 0
