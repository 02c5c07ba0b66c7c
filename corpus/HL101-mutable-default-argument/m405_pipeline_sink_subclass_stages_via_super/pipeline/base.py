class Sink:
    """A record sink; subclasses decide how a record is staged and flushed.

    Callers that batch pass their own `batch`; by default a record is written alone.
    """

    def __init__(self, target):
        self.target = target

    def write(self, record, batch=[]):  # expect: HL101 refuted
        staged = self.stage(batch, record)
        return self.flush(staged)

    def stage(self, batch, record):
        return [*batch, record]

    def flush(self, rows):
        raise NotImplementedError
