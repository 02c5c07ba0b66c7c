"""Account sign-up."""
from forms import ChoiceField, Field, Form, IntField


class SignupForm(Form):
    email = Field(required=True)
    age = IntField()
    plan = ChoiceField(("free", "pro"), required=True)


def signup(data):
    form = SignupForm(data)
    if not form.is_valid():
        return {"ok": False, "errors": form.errors}
    return {"ok": True, "user": form.cleaned}
