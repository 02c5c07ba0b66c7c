from .fields import EmailField, SlugField


class Account:
    username = SlugField()
    email = EmailField()
    referrer = SlugField(required=False)

    def __init__(self, username, email, referrer=None):
        self.username = username
        self.email = email
        self.referrer = referrer

    def as_dict(self):
        return {"username": self.username, "email": self.email, "referrer": self.referrer}
