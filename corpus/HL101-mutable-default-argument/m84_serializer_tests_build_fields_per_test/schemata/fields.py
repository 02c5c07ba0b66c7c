from .validators import MaxLength, MinValue, ValidationError

__all__ = ["Field", "CharField", "IntegerField"]


class Field:
    convert = staticmethod(lambda value: value)

    def __init__(self, required=True, validators=[]):  # expect: HL101 confirmed
        self.required = required
        self.validators = validators

    def run_validation(self, value):
        if value is None:
            if self.required:
                raise ValidationError("This field is required.")
            return None
        value = self.convert(value)
        for validator in self.validators:
            validator(value)
        return value


class CharField(Field):
    convert = staticmethod(lambda value: str(value).strip())

    def __init__(self, max_length=None, **kwargs):
        super().__init__(**kwargs)
        if max_length is not None:
            self.validators.append(MaxLength(max_length))


class IntegerField(Field):
    convert = staticmethod(int)

    def __init__(self, min_value=None, **kwargs):
        super().__init__(**kwargs)
        if min_value is not None:
            self.validators.append(MinValue(min_value))
