"""Manager: keeps the current channel of each tenant in a registry."""
from .sms import SmsChannel


class ChannelManager:
    def __init__(self):
        self._channels = {}

    def open(self, tenant, number):
        channel = SmsChannel(f"{tenant}-sms", number)
        self._channels[tenant] = channel
        return channel

    def count(self):
        return len(self._channels)
