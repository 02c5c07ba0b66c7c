"""Request handlers: each request resolves its services from the container."""
import accounts  # noqa: F401  (registers the "accounts" provider)
import mailer  # noqa: F401  (registers the "mailer" provider)
from dikit import container


def handle_signup(request_id, email):
    service = container.resolve("accounts", request_id)
    user, receipt = service.signup(email)
    return {"request": request_id, "user": user["email"], "receipt": receipt}
