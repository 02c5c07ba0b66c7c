class Schema:
    """Base schema; __init_subclass__ only rejects names already in the reserved registry."""

    fields = ()

    def __init_subclass__(cls, registry={}, **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        if cls.__name__ in registry:
            raise TypeError(f"schema {cls.__name__} is reserved")

    def validate(self, payload):
        missing = [name for name in self.fields if not payload.get(name)]
        return not missing
