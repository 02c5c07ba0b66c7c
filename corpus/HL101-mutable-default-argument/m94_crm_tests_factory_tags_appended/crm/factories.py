"""Builders for contacts, shared by the importer and the test-suite."""
from .models import Contact


def make_contact(pk, name, tags=[]):  # expect: HL101 confirmed
    email = f"{name.lower().replace(' ', '.')}@example.test"
    return Contact(pk, name, email, tags)
