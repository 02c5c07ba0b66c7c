import re


class ValidatedField:
    """Data descriptor that validates on assignment and remembers rejected input."""

    pattern = re.compile(r".+")

    def __init__(self, required=True, rejected=[]):  # expect: HL101 refuted
        self.required = required
        self.rejected = rejected

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        if not value:
            if self.required:
                raise ValueError("%s is required" % self.name)
            obj.__dict__[self.name] = None
            return
        if not self.pattern.fullmatch(value):
            self.rejected.append((self.name, value))
            raise ValueError("invalid %s: %r" % (self.name, value))
        obj.__dict__[self.name] = value


class EmailField(ValidatedField):
    pattern = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


class SlugField(ValidatedField):
    pattern = re.compile(r"[a-z0-9_-]{3,32}")
