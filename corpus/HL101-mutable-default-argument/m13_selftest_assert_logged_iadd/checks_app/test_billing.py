from harness.case import SmokeCase


class BillingChecks(SmokeCase):
    def charge(self):
        self.log("session opened")
        self.log(f"charged {self.params['invoice_id']}")
        self.log("session closed")
        return self.params["amount"] * 100

    def expected_messages(self):
        return super().expected_messages() + [f"charged {self.params['invoice_id']}"]

    def check_charge_amount(self):
        self.assertEqual(self.charge(), self.params["amount"] * 100)

    def check_session_logged(self):
        self.charge()
        self.assertLogged()
