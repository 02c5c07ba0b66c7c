from .registry import register, run_all


class Session:
    """One connected user; its close hook says goodbye to the room."""

    def __init__(self, user):
        self.user = user
        self.hooks = []
        self.log = []

    def open(self):
        register(self.goodbye)
        return self

    def say(self, text):
        self.log.append(f"{self.user}: {text}")

    def goodbye(self):
        return f"{self.user} left after {len(self.log)} messages"

    def close(self):
        return run_all(self.hooks) or [self.goodbye()]
