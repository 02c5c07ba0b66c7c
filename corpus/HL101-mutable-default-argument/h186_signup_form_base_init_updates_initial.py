"""Web forms: SignupForm calls BaseForm.__init__ directly with the posted
data and its `initial` dict. BaseForm adopts `initial` as its bound data and
update()s it with the POST, which carries a per-visit referral field, so
every signup adds a key to the shared default initial dict."""
import itertools

_ids = itertools.count()


class BaseForm:
    fields = ("email", "name")

    def __init__(self, data, initial):
        self.data = initial
        self.data.update(data)
        self.errors = {f: "required" for f in self.fields if not self.data.get(f)}


class SignupForm(BaseForm):
    fields = ("email", "name", "plan")

    def __init__(self, data, initial={}):  # expect: HL101 confirmed
        BaseForm.__init__(self, data, initial)
        self.is_valid = not self.errors


def scenario():
    n = next(_ids)
    post = {"email": f"user{n}@example.org", "name": f"User {n}", "plan": "pro", f"ref-{n}": "newsletter"}
    form = SignupForm(post)
    return form.is_valid, form.data["email"]
