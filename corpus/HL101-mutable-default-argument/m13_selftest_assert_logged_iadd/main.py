import itertools

from checks_app.test_billing import BillingChecks
from harness.loader import run_all

_ids = itertools.count()


def scenario():
    n = next(_ids)
    report = run_all(BillingChecks, invoice_id=f"inv-{n}", amount=n % 90 + 10)
    return report["ok"], report["failed"]
