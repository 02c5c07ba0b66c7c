import unittest

from ..outbox import Outbox


class MailTestCase(unittest.TestCase):
    host = "smtp.test"

    def open_outbox(self, host=None, _open=[]):  # expect: HL101 confirmed
        host = host or self.host
        busy = [box for box in _open if box.host == host and not box.closed]
        self.assertEqual(busy, [], f"outbox for {host} is still open")
        box = Outbox(host)
        _open.append(box)
        self.addCleanup(box.close)
        return box

    def assertQueued(self, box, count):
        self.assertEqual(len(box.queued), count)
