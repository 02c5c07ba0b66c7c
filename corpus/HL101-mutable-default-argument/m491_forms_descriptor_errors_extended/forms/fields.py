class Validated:
    """Data descriptor that runs (check, message) pairs whenever the field is assigned."""

    def __init__(self, *checks, errors=[]):  # expect: HL101 confirmed
        self.checks = checks
        self.errors = errors

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        problems = [f"{self.name}: {msg} ({value!r})" for check, msg in self.checks if not check(value)]
        self.errors.extend(problems)
        obj.__dict__[self.name] = value
