class Field:
    """A form field: a name, its validator callables, and the errors of the last run."""

    def __init__(self, name, validators=None, required=False):
        self.name = name
        self.required = required
        self.validators = validators if validators is not None else []
        self.errors = []

    def add_validator(self, check):
        self.validators.append(check)
        return self

    def validate(self, value):
        self.errors = []
        if self.required and not value:
            self.errors.append(f"{self.name} is required")
        for check in self.validators:
            message = check(value)
            if message:
                self.errors.append(message)
        return not self.errors
