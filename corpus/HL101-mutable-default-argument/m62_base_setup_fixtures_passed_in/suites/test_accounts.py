import itertools

from testing import BaseTestCase

_account_numbers = itertools.count(100000)


def make_account(owner, currency="EUR"):
    return {"kind": "account", "number": next(_account_numbers), "owner": owner,
            "currency": currency, "balance": 0}


class AccountTests(BaseTestCase):
    def setUp(self):
        super().setUp([make_account(self.param)])

    def test_balance_starts_at_zero(self):
        self.assertEqual(self.fixture("account")["balance"], 0)

    def test_owner_matches(self):
        account = self.fixture("account")
        self.assertEqual(account["owner"], self.param)
        self.assertEqual(account["currency"], "EUR")
