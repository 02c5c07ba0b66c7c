from .base import Model


class Ticket(Model):
    def __init__(self, title, queue="support", labels=[]):  # expect: HL101 confirmed
        super().__init__(labels=labels, title=title, queue=queue)
        self.add_label("queue:" + queue)

    def summary(self):
        return "%r %s [%s]" % (self, self.fields["title"], ", ".join(self.labels))
