"""Base field: keeps its options, records validation errors in them."""


class Field:
    def __init__(self, options):
        self.options = dict(options)

    def add_error(self, message):
        self.options.setdefault("errors", []).append(message)

    def errors(self):
        return list(self.options.get("errors", ()))
