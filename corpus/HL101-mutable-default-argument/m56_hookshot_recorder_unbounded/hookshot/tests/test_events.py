from .base import HookTestCase


class OrderEventTests(HookTestCase):
    order_id = "o-0"

    def setUp(self):
        self.hooks = self.make_dispatcher()

    def test_order_created(self):
        self.assertEqual(self.hooks.emit("order.created", id=self.order_id), 202)
        self.assertLastPosted(self.hooks, "order.created", id=self.order_id)

    def test_order_paid_carries_amount(self):
        self.hooks.emit("order.paid", id=self.order_id, amount=1250)
        self.assertLastPosted(self.hooks, "order.paid", id=self.order_id, amount=1250)
