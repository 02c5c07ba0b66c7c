"""CRM contacts: __setattr__ looks up a validator in the class-level
VALIDATORS table and stores what it returns. The TagList normalizer sorts
and lower-cases the tags in place and returns the same list, so a contact
made without tags holds the `tags=[]` default and every campaign tag lands there."""
import itertools


class Email:
    def __call__(self, value):
        if "@" not in value:
            raise ValueError(f"not an e-mail address: {value!r}")
        return value.strip().lower()


class TagList:
    def __call__(self, value):
        value[:] = sorted({str(tag).strip().lower() for tag in value})
        return value


class Contact:
    VALIDATORS = {"email": Email(), "tags": TagList()}

    def __init__(self, email, tags=[]):  # expect: HL101 confirmed
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
