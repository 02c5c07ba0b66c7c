"""Form fields: each one cleans a raw string value."""


class Field:
    def __init__(self, required=False):
        self.required = required

    def clean(self, raw):
        if raw in (None, ""):
            if self.required:
                raise ValueError("this field is required")
            return None
        return self.convert(raw)

    def convert(self, raw):
        return raw.strip()


class IntField(Field):
    def convert(self, raw):
        return int(raw)


class ChoiceField(Field):
    def __init__(self, choices, required=False):
        super().__init__(required)
        self.choices = tuple(choices)

    def convert(self, raw):
        if raw not in self.choices:
            raise ValueError(f"expected one of {', '.join(self.choices)}")
        return raw
