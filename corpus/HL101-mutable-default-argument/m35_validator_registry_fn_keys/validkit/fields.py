"""Schemas with per-field bounds."""
from .registry import ValidatorRegistry


class ValidationError(ValueError):
    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


class Schema:
    def __init__(self, name, limits):
        self.registry = ValidatorRegistry(name)
        for field, (lo, hi) in sorted(limits.items()):
            self._add_bounds(field, lo, hi)

    def _add_bounds(self, field, lo, hi):
        @self.registry.register(int, float)
        def check_range(key, value):
            if key == field and not lo <= value <= hi:
                return "%s: %r not in [%s, %s]" % (key, value, lo, hi)

        @self.registry.register(str)
        def check_length(key, value):
            if key == field and not lo <= len(value) <= hi:
                return "%s: length %d not in [%s, %s]" % (key, len(value), lo, hi)

    def validate(self, data):
        errors = []
        for key, value in sorted(data.items()):
            for check in self.registry.validators_for(value):
                message = check(key, value)
                if message:
                    errors.append(message)
        if errors:
            raise ValidationError(errors)
        return data
