"""CRM contacts: __setattr__ looks up a validator in the class-level
VALIDATORS table and stores what it returns. The TagList normalizer returns
a new sorted list of lower-cased tags, so the `tags=[]` default of __init__
is only read and campaign tags go to the contact's own list."""
import itertools


class Email:
    def __call__(self, value):
        if "@" not in value:
            raise ValueError(f"not an e-mail address: {value!r}")
        return value.strip().lower()


class TagList:
    def __call__(self, value):
        return sorted({str(tag).strip().lower() for tag in value})


class Contact:
    VALIDATORS = {"email": Email(), "tags": TagList()}

    def __init__(self, email, tags=[]):  # expect: HL101 refuted
        self.email = email
        self.tags = tags

    def __setattr__(self, name, value):
        check = self.VALIDATORS.get(name)
        object.__setattr__(self, name, value if check is None else check(value))


_leads = itertools.count()


def scenario():
    n = next(_leads)
    contact = Contact(f" Lead{n}@Example.com ")
    contact.tags.append(f"campaign-spring-newsletter-signup-{n:06d}")
    return contact.email, len(contact.tags)
