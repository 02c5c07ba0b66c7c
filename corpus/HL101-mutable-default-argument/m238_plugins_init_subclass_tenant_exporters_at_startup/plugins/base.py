class Exporter:
    """Base of all exporters; subclasses join the registry as they are defined."""

    fmt = None

    def __init_subclass__(cls, hooks=[], **kw):  # expect: HL101 refuted
        super().__init_subclass__(**kw)
        hooks.append(cls)
        cls.registry = hooks

    def encode(self, record):
        raise NotImplementedError

    def export(self, record):
        return f"{self.fmt}:{self.encode(record)}"
