"""Document: binds the status board on creation; the board key names the document."""
from ..status import StatusMixin


class Document(StatusMixin):
    def __init__(self, number):
        self.number = number
        self.bind_board()
        self.post_status("draft")

    def board_key(self):
        return f"{type(self).__name__}-{self.number}"

    def issue(self):
        self.post_status("issued")
