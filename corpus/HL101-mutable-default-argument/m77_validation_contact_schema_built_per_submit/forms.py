"""forms: the contact form, validated on every submit."""
from validation import Schema, register


@register("subject")
def subject_line(value):
    if value and len(value) > 78:
        return "keep the subject under 78 characters"


def contact_schema():
    return (
        Schema("contact")
        .field("email", "required", "email")
        .field("subject", "subject")
        .field("message", "required")
    )


def submit(data):
    errors = {}
    for name, message in contact_schema().validate(data):
        errors.setdefault(name, []).append(message)
    return {"ok": not errors, "errors": errors}
