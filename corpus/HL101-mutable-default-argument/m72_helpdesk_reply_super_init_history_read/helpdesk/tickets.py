from .records import Record


class Ticket(Record):
    def __init__(self, pk, subject):
        super().__init__(pk, [f"opened #{pk}: {subject}"])
        self.subject = subject
        self.reply_ids = []
