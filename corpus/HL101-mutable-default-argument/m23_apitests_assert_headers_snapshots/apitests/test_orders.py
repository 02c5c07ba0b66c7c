from apitests.base import ApiTestCase
from webapp.views import get_order


class OrderApiTests(ApiTestCase):
    order_id = "ord-000000"

    def test_get_order_headers(self):
        resp = get_order(self.order_id)
        self.assertEqual(resp["status"], 200)
        self.assertHeaders(resp)
