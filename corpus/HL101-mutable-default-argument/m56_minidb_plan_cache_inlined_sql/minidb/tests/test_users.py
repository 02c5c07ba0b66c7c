from minidb import Select
from minidb.tests.base import DbTestCase


class UserQueryTests(DbTestCase):
    def test_lookup_by_id(self):
        first = self.rows[0]
        query = Select("users", id=first["id"])
        self.assertUsesIndex(query)
        self.assertRows(query, [first["id"]])

    def test_lookup_by_email(self):
        last = self.rows[-1]
        query = Select("users", email=last["email"])
        self.assertUsesIndex(query)
        self.assertRows(query, [last["id"]])

    def test_unknown_email(self):
        self.assertRows(Select("users", email="nobody@invalid"), [])
