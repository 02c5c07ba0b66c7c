from mailqueue import Message

from .base import MailTestCase


class DeliveryTests(MailTestCase):
    recipient = "nobody@example.test"

    def setUp(self):
        self.box = self.open_outbox()

    def test_send_queues_message(self):
        self.box.send(Message(self.recipient, "Welcome"))
        self.assertQueued(self.box, 1)

    def test_flush_empties_queue(self):
        self.box.send(Message(self.recipient, "Receipt"))
        batch = self.box.flush()
        self.assertEqual([m.to for m in batch], [self.recipient])
        self.assertQueued(self.box, 0)

    def test_backup_relay(self):
        backup = self.open_outbox("mx.backup.test")
        backup.send(Message(self.recipient, "Fallback"))
        self.assertQueued(backup, 1)
        self.assertQueued(self.box, 0)
