from .base import Field


class TextField(Field):
    """Single-line text input with an optional maximum length."""

    def __init__(self, name, max_length=None, validators=[], **kwargs):  # expect: HL101 confirmed
        super().__init__(name, validators=validators, **kwargs)
        self.max_length = max_length
        if max_length is not None:
            self.add_validator(self._check_length)

    def _check_length(self, value):
        if len(value) > self.max_length:
            return f"{self.name}: at most {self.max_length} characters"
        return None
