from .fields import Validated


class SignupForm:
    username = Validated(
        (str.isidentifier, "letters, digits and _ only"),
        (lambda v: len(v) <= 24, "too long"),
    )
    age = Validated((lambda v: 13 <= v <= 130, "out of range"))

    def __init__(self, username, age):
        self.username = username
        self.age = age

    def problems(self):
        return [e for e in type(self).username.errors if e.startswith("username")]

    def is_valid(self):
        return not any(repr(self.username) in e for e in self.problems())
