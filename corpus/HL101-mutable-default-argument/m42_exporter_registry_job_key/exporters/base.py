class Exporter:
    """Base for export plugins; subclasses register themselves by format key."""

    fmt = None

    def __init_subclass__(cls, fmt=None, registry={}, **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        cls.registry = registry
        if fmt is None:
            return
        cls.fmt = fmt
        registry[fmt] = cls

    @classmethod
    def for_format(cls, fmt):
        try:
            return cls.registry[fmt]
        except (AttributeError, KeyError):
            raise LookupError("no exporter registered for %r" % (fmt,)) from None

    def export(self, rows):
        raise NotImplementedError
