"""owner: whoever created a document may edit and share that document."""
from .rolebase import Role


class DocOwner(Role):
    def __init__(self, doc_id):
        super().__init__("owner")
        self.perms.add(f"doc:{doc_id}:edit")
        self.perms.add(f"doc:{doc_id}:share")
