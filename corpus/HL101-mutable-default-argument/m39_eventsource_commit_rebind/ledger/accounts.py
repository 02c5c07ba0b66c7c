from .aggregate import Aggregate


class Account(Aggregate):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = None
        self.balance = 0

    @classmethod
    def open(cls, account_id, owner, opening_deposit=0):
        account = cls(account_id)
        account.record("Opened", owner=owner)
        if opening_deposit:
            account.deposit(opening_deposit)
        return account

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.record("Deposited", amount=amount)

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds in %s" % self.id)
        self.record("Withdrawn", amount=amount)

    def on_opened(self, event):
        self.owner = event["owner"]

    def on_deposited(self, event):
        self.balance += event["amount"]

    def on_withdrawn(self, event):
        self.balance -= event["amount"]
