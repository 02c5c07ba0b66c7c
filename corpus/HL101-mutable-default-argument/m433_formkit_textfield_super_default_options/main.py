"""Sign-up page: one form (a text field and a submit button) rendered per call."""
import itertools

from formkit.button import Button
from formkit.textfield import TextField

_ids = itertools.count()


def scenario():
    n = next(_ids)
    field = TextField(f"nickname_{n}", placeholder="Pick a nickname")
    submit = Button(f"submit_{n}", "Create account")
    return f"<form>{field.render()}{submit.render()}</form>"
