"""SMS channel: each channel starts with the number that opened it."""
from .base import Channel


class SmsChannel(Channel):
    kind = "sms"

    def __init__(self, name, number):
        super().__init__(name)
        self.subscribe(number)

    def subscribe(self, number):
        if not number.startswith("+"):
            raise ValueError(f"not an international number: {number}")
        self.subscribers.append(number)
