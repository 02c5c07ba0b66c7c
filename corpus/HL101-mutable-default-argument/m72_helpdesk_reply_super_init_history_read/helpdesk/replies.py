from .records import Record


class Reply(Record):
    def __init__(self, pk, ticket_pk, body):
        super().__init__(pk)
        self.ticket_pk = ticket_pk
        self.body = body

    def is_sent(self):
        return self.last_event() is not None
