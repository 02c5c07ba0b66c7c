"""Serializer: fields declared on the class, collected once per subclass."""
from .fields import Field


class Serializer:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        declared = {}
        for klass in reversed(cls.__mro__):
            declared.update((k, v) for k, v in vars(klass).items() if isinstance(v, Field))
        cls._declared_fields = declared

    def __init__(self, data):
        self.initial_data = data
        self.fields = dict(self._declared_fields)
        self.errors = {}
        self.validated_data = {}

    def is_valid(self):
        for name, field in self.fields.items():
            try:
                value = field.run_validation(self.initial_data.get(name))
            except ValueError as exc:  # ValidationError, or a failed conversion
                self.errors[name] = str(exc)
            else:
                self.validated_data[name] = value
        return not self.errors
