"""Concrete account kinds; the mixin goes first so its __init__ wraps the base one."""
from .base import Account
from .posting import PostingMixin


class Savings(PostingMixin, Account):
    rate = 0.02

    def accrue(self):
        return round(self.balance() * self.rate, 2)
