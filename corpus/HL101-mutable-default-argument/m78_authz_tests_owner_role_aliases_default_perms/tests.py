import unittest

import authz


class CanEditTests(unittest.TestCase):
    doc_id = "d0"  # main.py sets a fresh document id before each run

    def setUp(self):
        self.alice, self.bob = {"id": "alice"}, {"id": "bob"}
        self.doc = {"id": self.doc_id, "owner": "alice"}

    def test_owner_can_edit(self):
        self.assertTrue(authz.can_edit(self.alice, self.doc))

    def test_reader_cannot_edit(self):
        self.assertFalse(authz.can_edit(self.bob, self.doc))
