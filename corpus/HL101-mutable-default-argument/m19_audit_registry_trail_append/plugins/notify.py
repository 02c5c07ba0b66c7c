from core import registry


class Notifier:
    def __init__(self, channel):
        self.channel = channel

    def send(self, event):
        return f"[{self.channel}] {event['kind']} #{event['id']}"


registry.register("notify", Notifier("ops").send)
