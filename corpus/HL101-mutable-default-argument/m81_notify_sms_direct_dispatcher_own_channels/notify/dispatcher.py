"""dispatcher: holds the subscribed channels and delivers to each of them."""


class Dispatcher:
    def __init__(self, channels=[]):  # expect: HL101 refuted
        self.channels = channels

    def subscribe(self, channel):
        self.channels.append(channel)
        return channel

    def send(self, message):
        receipts = (channel.deliver(message) for channel in self.channels)
        return [receipt for receipt in receipts if receipt]


bus = Dispatcher()
