"""Form: subclasses declare their fields in fields(); validate() cleans each one."""
from .fields import ValidationError


class Form:
    def fields(self):
        return []

    def validate(self, data):
        cleaned, errors = {}, {}
        for field in self.fields():
            try:
                cleaned[field.name] = field.clean(data.get(field.name))
            except ValidationError as exc:
                errors[field.name] = str(exc)
        return cleaned, errors
