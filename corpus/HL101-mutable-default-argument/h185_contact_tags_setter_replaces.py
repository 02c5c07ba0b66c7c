"""CRM: a `Contact` stores its segment tags from the `tags` argument and
exposes them as a read-only tuple; assigning to `tags` goes through a setter.
The setter replaces the stored list with a fresh one built from the new
value, so the default list passed to `__init__` is never written and stays
empty however many contacts are imported."""
import itertools

_rows = itertools.count()


class Contact:
    def __init__(self, email, tags=[]):  # expect: HL101 refuted
        self.email = email
        self._tags = tags

    @property
    def tags(self):
        return tuple(self._tags)

    @tags.setter
    def tags(self, value):
        self._tags = list(value)


def import_row(email, campaign):
    contact = Contact(email.lower())
    contact.tags = ["newsletter", f"campaign-{campaign}"]
    return f"{contact.email}: {len(contact.tags)} tags"


def scenario():
    n = next(_rows)
    return import_row(f"Person{n}@Example.org", f"spring-{n}")
