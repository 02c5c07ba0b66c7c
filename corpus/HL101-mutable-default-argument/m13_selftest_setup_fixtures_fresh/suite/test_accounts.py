from checks.base import CheckCase


class AccountTests(CheckCase):
    def __init__(self, subject):
        self.subject = subject

    def setUp(self):
        self.add_fixture({"name": self.subject, "active": True})

    def add_fixture(self, record, fixtures=[]):  # expect: HL101 refuted
        self.fixtures = fixtures + [record]

    def test_active(self):
        self.assertEqual(self.fixtures[-1], {"name": self.subject, "active": True})

    def test_name_ignored(self):
        self.assertEqual(self.fixtures[-1], {"name": "x", "active": True}, ["name"])

    def test_roles(self):
        self.assertIn("active", self.fixtures[-1])
