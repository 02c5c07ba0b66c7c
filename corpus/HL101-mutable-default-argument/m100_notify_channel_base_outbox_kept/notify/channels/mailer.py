from .base import Channel


class MailChannel(Channel):
    def __init__(self, sender):
        super().__init__("mail")
        self.sender = sender

    def compose(self, to, order):
        subject = f"Your order {order} has shipped"
        self.queue(to, f"From: {self.sender}\nTo: {to}\nSubject: {subject}\n")
