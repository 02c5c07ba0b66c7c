"""send_welcome(): render the welcome mail for a freshly registered user."""
from .loader import get_template


def send_welcome(user):
    context = {"locale": user["locale"], "name": user["name"], "site": "example.org"}
    body = get_template("welcome", context).substitute(context)
    return {"to": user["email"], "subject": "Welcome", "body": body}
