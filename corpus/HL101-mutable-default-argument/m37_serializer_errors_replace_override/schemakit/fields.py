__all__ = ["Field", "String", "Integer"]


class Field:
    def __init__(self, attribute=None, required=False):
        self.attribute = attribute
        self.required = required
        self.name = None

    def serialize(self, obj, errors={}):  # expect: HL101 refuted
        key = self.attribute or self.name
        value = getattr(obj, key, None)
        if value is None:
            if self.required:
                self._record(errors, key, "Missing data for required field.")
            return None
        try:
            return self._format(value)
        except (TypeError, ValueError) as exc:
            self._record(errors, key, str(exc))
            return None

    def _format(self, value):
        return value

    def _record(self, errors, key, message):
        errors[key] = message


class String(Field):
    def _format(self, value):
        return str(value).strip()


class Integer(Field):
    def _format(self, value):
        return int(value)
