import unittest

from forms import validate_signup


class SignupValidationTests(unittest.TestCase):
    user = "someone"

    def test_rejects_address_without_at(self):
        form = {"email": f"{self.user}.example.com", "password": "s3cret-pass"}
        fields = [field for field, _ in validate_signup(form)]
        self.assertIn("email", fields)
