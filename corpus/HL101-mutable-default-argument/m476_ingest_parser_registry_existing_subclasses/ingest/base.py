class Parser:
    """Base of all parsers. Subclasses register themselves by ``format``."""

    format = None
    formats = None

    def __init_subclass__(cls, registry={}, **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        registry[cls.format or cls.__name__.lower()] = cls
        Parser.formats = registry

    @classmethod
    def for_format(cls, name):
        return cls.formats[name]()

    def parse(self, text):
        raise NotImplementedError
