"""sms: text messages to a single phone number."""
from .dispatcher import Dispatcher


class SmsChannel:
    def __init__(self, phone):
        self.phone = phone

    def deliver(self, message):
        return f"sms -> {self.phone}: {message['subject'][:40]}"


def text_only(phone, message):
    """Send to this phone alone, through a private dispatcher of its own."""
    direct = Dispatcher(channels=[])
    direct.subscribe(SmsChannel(phone))
    return direct.send(message)
