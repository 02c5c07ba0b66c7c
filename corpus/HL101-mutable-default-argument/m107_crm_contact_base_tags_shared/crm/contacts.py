"""Contacts and leads. Contact leaves `tags` out, so every contact tags the one default set."""
from .base import Record
from .mixins import TaggingMixin


class Contact(TaggingMixin, Record):
    kind = "contact"

    def __init__(self, ident, owner, email):
        super().__init__(ident, owner)
        self.email = email
        self.tag("domain:" + email.rpartition("@")[2])


class Lead(TaggingMixin, Record):
    kind = "lead"

    def __init__(self, ident, owner, source):
        super().__init__(ident, owner, tags={"new"})
        self.source = source
