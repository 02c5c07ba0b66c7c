"""Web forms: SignupForm calls BaseForm.__init__ directly with the posted
data and its `initial` dict. BaseForm only reads `initial` as a fallback
while building a fresh bound-data dict for its declared fields, so the
shared default initial dict is never written."""
import itertools

_ids = itertools.count()


class BaseForm:
    fields = ("email", "name")

    def __init__(self, data, initial):
        self.data = {f: data.get(f, initial.get(f, "")) for f in self.fields}
        self.errors = {f: "required" for f in self.fields if not self.data.get(f)}


class SignupForm(BaseForm):
    fields = ("email", "name", "plan")

    def __init__(self, data, initial={}):  # expect: HL101 refuted
        BaseForm.__init__(self, data, initial)
        self.is_valid = not self.errors


def scenario():
    n = next(_ids)
    post = {"email": f"user{n}@example.org", "name": f"User {n}", "plan": "pro", f"ref-{n}": "newsletter"}
    form = SignupForm(post)
    return form.is_valid, form.data["email"]
