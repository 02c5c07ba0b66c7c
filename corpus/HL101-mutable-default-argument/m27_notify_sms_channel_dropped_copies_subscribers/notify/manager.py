"""Manager: opens a channel per message and drops it once delivered."""
from .sms import SmsChannel


class ChannelManager:
    def __init__(self):
        self.sent = 0

    def send_once(self, tenant, number, text):
        channel = SmsChannel(f"{tenant}-sms", number)
        receipts = channel.deliver(text)
        self.sent += len(receipts)
        return receipts
