import unittest

from webframe import App, protect
from webframe.testing import Client

app = App()


@app.route("/signup")
def signup_form(request):
    token = protect(request)
    return 200, {"token": token, "user": request.headers.get("x-user")}


class FormTests(unittest.TestCase):
    user = "tester-00000"  # main.py points this at a fresh user before each run

    def setUp(self):
        self.client = Client(app)

    def test_form_carries_token(self):
        status, body = self.client.request("get", "/signup", x_user=self.user)
        self.assertEqual(status, 200)
        self.assertEqual((len(body["token"]), body["user"]), (12, self.user))

    def test_unknown_path_is_404(self):
        status, _ = self.client.request("get", "/signup/" + self.user)
        self.assertEqual(status, 404)
