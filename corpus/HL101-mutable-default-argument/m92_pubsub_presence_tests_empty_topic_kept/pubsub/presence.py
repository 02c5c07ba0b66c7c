"""Presence: one topic per session, "presence.<session>", announcing joins and leaves."""


class Presence:
    def __init__(self, broker):
        self.broker = broker

    def topic(self, session):
        return f"presence.{session}"

    def watch(self, session, callback):
        self.broker.subscribe(self.topic(session), callback)

    def unwatch(self, session, callback):
        self.broker.unsubscribe(self.topic(session), callback)

    def announce(self, session, user, state):
        return self.broker.publish(self.topic(session), {"user": user, "state": state})
