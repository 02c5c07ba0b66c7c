class ValidationError(ValueError):
    pass


class MaxLength:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, value):
        if isinstance(value, str) and len(value) > self.limit:
            raise ValidationError(f"Ensure this field has no more than {self.limit} characters.")


class MinValue:
    def __init__(self, floor):
        self.floor = floor

    def __call__(self, value):
        if isinstance(value, int) and value < self.floor:
            raise ValidationError(f"Ensure this value is greater than or equal to {self.floor}.")


def email_format(value):
    if isinstance(value, str) and "@" not in value:
        raise ValidationError("Enter a valid email address.")
