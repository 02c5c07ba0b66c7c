"""Serializer: validate a dict of raw data field by field."""


class Serializer:
    def get_fields(self):
        return {}

    def __init__(self, data):
        self.initial_data = data
        self.fields = self.get_fields()
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
