"""A hook turns an event into a log line; priority orders hooks on the same event."""


class Hook:
    def __init__(self, name, priority=50):
        self.name = name
        self.priority = priority
        self.calls = 0

    def __call__(self, event):
        self.calls += 1
        return f"[{self.priority}] {self.name}: {event['type']} #{event['id']}"
