import unittest

from .. import Table, explain


class DbTestCase(unittest.TestCase):
    rows = ()

    def setUp(self):
        self.users = Table("users", self.rows, indexes=("id", "email"))

    def assertUsesIndex(self, query, _plans={}):  # expect: HL101 confirmed
        sql = query.sql()
        if sql not in _plans:
            _plans[sql] = explain(query, self.users)
        self.assertTrue(_plans[sql].startswith("SEARCH"), f"{sql}: {_plans[sql]}")

    def assertRows(self, query, expected_ids):
        self.assertEqual([r["id"] for r in self.users.run(query)], expected_ids)
