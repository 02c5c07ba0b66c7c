"""Web forms: errors is a plain attribute, so assigning new errors just rebinds it."""
import itertools


class Form:
    def __init__(self, data, errors={}):  # expect: HL101 refuted
        self.data = data
        self.errors = errors

    def is_valid(self):
        return not self.errors


_submissions = itertools.count()


def scenario():
    n = next(_submissions)
    form = Form({"email": f"user{n}@example"})
    form.errors = {f"email-{n}": "missing top-level domain"}
    return form.is_valid(), len(form.errors)
