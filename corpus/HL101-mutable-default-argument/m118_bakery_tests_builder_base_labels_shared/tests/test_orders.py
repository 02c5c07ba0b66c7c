import itertools

from .builders import OrderBuilder

_customers = itertools.count(1)


def _order():
    return OrderBuilder(f"customer-{next(_customers)}")


def test_two_croissants():
    assert _order().line("croissant", 2).build().total() == 360


def test_wholesale_discount():
    order = _order().line("baguette", 20).line("tart", 4).build()
    assert order.total() == (20 * 120 + 4 * 450) * 9 // 10


def test_gift_order_flagged():
    card = f"card:Happy birthday from customer {next(_customers)}!"
    order = _order().line("tart").labelled("gift").labelled(card).build()
    assert order.is_gift()
