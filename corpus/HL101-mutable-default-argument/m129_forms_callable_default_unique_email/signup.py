"""Signup view: cleans the posted e-mail and builds the new account."""
from forms.fields import clean_email


def register(form):
    return {"email": clean_email(form["email"]), "active": False}
