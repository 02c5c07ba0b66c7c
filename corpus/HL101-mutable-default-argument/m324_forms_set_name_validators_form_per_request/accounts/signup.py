"""Sign-up view; the form class is built by a factory so settings can add fields later."""

from forms import Field, Form


def signup_form():
    class SignupForm(Form):
        email = Field()
        password = Field()
        nickname = Field(required=False)

    return SignupForm


def handle_signup(data):
    form = signup_form()(data)
    errors = form.errors()
    return (400, errors) if errors else (201, {"email": form.email})
