class Schema:
    """Base schema; __init_subclass__ records every subclass by name."""

    fields = ()

    def __init_subclass__(cls, registry={}, **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        registry[cls.__name__] = cls

    def validate(self, payload):
        missing = [name for name in self.fields if not payload.get(name)]
        return not missing
