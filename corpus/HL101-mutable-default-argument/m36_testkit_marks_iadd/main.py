import itertools

from testkit import collect_items, mark

_seq = itertools.count(1)


def _make_suite(order_id):
    @mark.parametrize("quantity", [order_id % 7, order_id % 7 + 1])
    @mark.slow
    def test_checkout_total(quantity):
        assert quantity * 3 >= quantity, "total shrank for order %d" % order_id

    @mark.skip
    def test_legacy_coupon():
        raise AssertionError("legacy coupons are gone")

    return {"test_checkout_total": test_checkout_total, "test_legacy_coupon": test_legacy_coupon}


def scenario():
    suite = _make_suite(next(_seq))
    results = [item.run() for item in collect_items(suite)]
    return sum(1 for status, _, _ in results if status == "passed")
