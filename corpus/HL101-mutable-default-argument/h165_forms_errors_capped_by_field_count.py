"""Form validation: error messages are collected per field in a dict default
of lists. The cap of 8 is checked against len(_errors), the number of
fields, not against each field's list; the fields are a fixed set of
three, so the check always passes and every message is appended."""
import itertools

_ids = itertools.count()
FIELDS = ("email", "name", "zip")


def add_error(field, message, _errors={}):  # expect: HL101 confirmed
    if len(_errors) < 8:
        _errors.setdefault(field, []).append(message)
    return len(_errors)


def validate(form):
    for field in FIELDS:
        if not form.get(field, "").strip():
            add_error(field, f"{field} is required (submission {form['id']})")
    return form


def scenario():
    n = next(_ids)
    return validate({"id": f"form-{n}", "email": "", "name": "", "zip": ""})
