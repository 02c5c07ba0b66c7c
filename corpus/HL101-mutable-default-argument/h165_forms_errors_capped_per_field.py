"""Form validation: error messages are collected per field in a dict default
of lists. Each field's list accepts at most 8 messages, and the fields
are a fixed set, so after the first few submissions every list is full and
new messages are dropped."""
import itertools

_ids = itertools.count()
FIELDS = ("email", "name", "zip")


def add_error(field, message, _errors={}):  # expect: HL101 refuted
    bucket = _errors.setdefault(field, [])
    if len(bucket) < 8:
        bucket.append(message)
    return len(bucket)


def validate(form):
    for field in FIELDS:
        if not form.get(field, "").strip():
            add_error(field, f"{field} is required (submission {form['id']})")
    return form


def scenario():
    n = next(_ids)
    return validate({"id": f"form-{n}", "email": "", "name": "", "zip": ""})
