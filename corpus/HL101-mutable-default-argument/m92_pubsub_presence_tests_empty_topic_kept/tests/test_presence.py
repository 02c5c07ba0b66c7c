import unittest

import pubsub


class PresenceTests(unittest.TestCase):
    session = "s0"  # main.py sets a fresh session id before each run

    def setUp(self):
        self.presence = pubsub.Presence(pubsub.Broker("presence"))
        self.seen = []
        self.presence.watch(self.session, self.record)
        self.addCleanup(self.presence.unwatch, self.session, self.record)

    def record(self, topic, message):
        self.seen.append((topic, message["user"], message["state"]))

    def test_join_is_delivered(self):
        self.presence.announce(self.session, "ann", "online")
        self.assertEqual(self.seen, [(f"presence.{self.session}", "ann", "online")])

    def test_other_session_is_not_delivered(self):
        self.presence.announce(self.session + "-other", "bob", "away")
        self.assertEqual(self.seen, [])
