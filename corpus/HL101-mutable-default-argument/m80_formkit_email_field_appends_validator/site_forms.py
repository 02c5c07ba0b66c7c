"""The site's forms: signup extends contact with a password."""
from formkit import EmailField, Field, Form, LengthField


class ContactForm(Form):
    def fields(self):
        return super().fields() + [
            LengthField("name", 40),
            EmailField("email"),
            Field("message", required=False),
        ]


class SignupForm(ContactForm):
    def fields(self):
        return super().fields() + [LengthField("password", 64)]
