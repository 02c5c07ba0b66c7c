from .events import Emitter


class Order:
    def __init__(self, number, email, total):
        self.number = number
        self.email = email
        self.total = total
        self.paid = 0
        self.outbox = []
        self.events = Emitter()
