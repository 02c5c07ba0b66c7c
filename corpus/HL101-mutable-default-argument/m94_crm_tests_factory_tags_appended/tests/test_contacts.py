import itertools
import unittest

from crm.factories import make_contact
from crm.repository import ContactRepository

_ids = itertools.count(1)


class ContactRepositoryTests(unittest.TestCase):
    def setUp(self):
        self.pk = next(_ids)
        self.repo = ContactRepository()
        self.contact = make_contact(self.pk, f"Ada Number{self.pk}")

    def test_tag_campaign(self):
        label = f"campaign-{self.pk}"
        self.repo.tag(self.contact, label)
        self.assertIn(label, self.repo.find(self.pk)["tags"])

    def tearDown(self):
        self.repo.rows.clear()
