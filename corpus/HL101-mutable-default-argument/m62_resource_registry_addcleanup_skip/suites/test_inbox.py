from testing import *
from testing.mailboxes import imap_handle, is_legacy


class InboxTests(ResourceTestCase):
    def setUp(self):
        super().setUp()
        if is_legacy(self.param):
            self.skipTest("legacy mailboxes are read-only")
        self.resource["handles"].append(imap_handle(self.param))

    def test_single_handle(self):
        self.assertEqual(len(self.resource["handles"]), 1)

    def test_flags_start_empty(self):
        self.assertFalse(self.resource["flags"])
