"""Account sign-up; gets its mailer injected by the container."""
from dikit import container


@container.register("accounts", scope="request")
class AccountService:
    def __init__(self, c):
        self.mailer = c.resolve("mailer")

    def signup(self, email):
        user = {"email": email, "active": True}
        receipt = self.mailer.send(email, "Welcome!")
        return user, receipt
