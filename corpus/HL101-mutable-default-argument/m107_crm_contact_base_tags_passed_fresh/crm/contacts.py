"""Contacts and leads. Contact hands the base a fresh set, so the default set stays empty."""
from .base import Record
from .mixins import TaggingMixin


class Contact(TaggingMixin, Record):
    kind = "contact"

    def __init__(self, ident, owner, email):
        super().__init__(ident, owner, set())
        self.email = email
        self.tag("domain:" + email.rpartition("@")[2])


class Lead(TaggingMixin, Record):
    kind = "lead"

    def __init__(self, ident, owner, source):
        super().__init__(ident, owner, tags={"new"})
        self.source = source
