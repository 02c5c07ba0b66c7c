"""Field validators as callable objects (no __all__: star import takes all).

unique_email remembers every value it accepts in self.seen; email_shape only
matches its regex and keeps nothing.
"""
import re


class Unique:
    def __init__(self, label):
        self.label = label
        self.seen = set()

    def __call__(self, value):
        if value in self.seen:
            return False
        self.seen.add(value)
        return True


class Pattern:
    def __init__(self, regex):
        self.regex = re.compile(regex)

    def __call__(self, value):
        return self.regex.fullmatch(value) is not None


unique_email = Unique("email")
email_shape = Pattern(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
