import schema.validators as v


class Form:
    fields = {}

    def __init__(self, data):
        self.errors = []
        self.cleaned = {
            name: v.validate(data.get(name), name, expected, self.errors)
            for name, expected in self.fields.items()
        }

    def is_valid(self):
        return not self.errors
