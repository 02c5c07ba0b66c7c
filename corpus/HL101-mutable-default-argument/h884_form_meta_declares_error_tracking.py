"""Form validation: when a form's Meta declares `track_errors`, the ids of
submissions missing a required field are collected per field so the admin
page can list them."""
import itertools

_submissions = itertools.count()


class ContactForm:
    class Meta:
        required = ("name", "email", "message")
        track_errors = True


def validate(form_cls, data, errors_by_field={}):  # expect: HL101 confirmed
    meta = form_cls.Meta
    missing = [field for field in meta.required if not data.get(field)]
    if missing and hasattr(meta, "track_errors"):
        for field in missing:
            errors_by_field.setdefault(field, []).append(data["id"])
    return not missing


def scenario():
    n = next(_submissions)
    data = {"id": f"submission-{n:06d}", "name": f"visitor {n}", "email": "", "message": "hi"}
    return validate(ContactForm, data)
