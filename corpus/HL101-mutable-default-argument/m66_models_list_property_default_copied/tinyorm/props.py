"""Property descriptors: each keeps the default a model instance starts from."""
__all__ = ["Property", "StringProperty", "ListProperty"]


class Property:
    def __init__(self, default=None):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.__dict__[self.name]

    def __set__(self, instance, value):
        instance.__dict__[self.name] = self.validate(value)

    def validate(self, value):
        return value


class StringProperty(Property):
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be a string, not {type(value).__name__}")
        return value


class ListProperty(Property):
    def __init__(self, default=[]):  # expect: HL101 refuted
        super().__init__(default)

    def validate(self, value):
        return value if isinstance(value, list) else list(value)
