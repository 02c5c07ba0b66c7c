"""Document: binds the status board on creation; the board key is the document kind.

The shared board keeps only the latest status per class name (Invoice, CreditNote): it stays at two entries.
"""
from ..status import StatusMixin


class Document(StatusMixin):
    def __init__(self, number):
        self.number = number
        self.bind_board()
        self.post_status("draft")

    def board_key(self):
        return type(self).__name__

    def issue(self):
        self.post_status("issued")
