"""Web forms: SignupForm calls BaseForm.__init__ directly with the posted
data and its `initial` dict. BaseForm adopts `initial` and fills it with
setdefault() for its declared fields only: the shared default gets the
three field keys on the first signup and never more (later POST values,
including the per-visit referral field, are not stored in it)."""
import itertools

_ids = itertools.count()


class BaseForm:
    fields = ("email", "name")

    def __init__(self, data, initial):
        self.data = initial
        for f in self.fields:
            self.data.setdefault(f, data.get(f, ""))
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
