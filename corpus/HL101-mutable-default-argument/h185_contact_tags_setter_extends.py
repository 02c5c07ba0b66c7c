"""CRM: a `Contact` stores its segment tags from the `tags` argument and
exposes them as a read-only tuple; assigning to `tags` goes through a setter.
The setter extends the stored list instead of replacing it, so a contact
created without tags extends the shared default list: every import of a new
contact adds its campaign tag there for good."""
import itertools

_rows = itertools.count()


class Contact:
    def __init__(self, email, tags=[]):  # expect: HL101 confirmed
        self.email = email
        self._tags = tags

    @property
    def tags(self):
        return tuple(self._tags)

    @tags.setter
    def tags(self, value):
        self._tags.extend(value)


def import_row(email, campaign):
    contact = Contact(email.lower())
    contact.tags = ["newsletter", f"campaign-{campaign}"]
    return f"{contact.email}: {len(contact.tags)} tags"


def scenario():
    n = next(_rows)
    return import_row(f"Person{n}@Example.org", f"spring-{n}")
