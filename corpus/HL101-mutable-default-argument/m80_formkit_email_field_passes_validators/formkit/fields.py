"""Field: a named input checked by a list of validators."""


class ValidationError(ValueError):
    pass


class Field:
    def __init__(self, name, validators=[], required=True):  # expect: HL101 refuted
        self.name = name
        self.validators = validators
        self.required = required

    def clean(self, raw):
        value = (raw or "").strip()
        if not value:
            if self.required:
                raise ValidationError(f"{self.name} is required")
            return value
        for check in self.validators:
            check(value)
        return value
