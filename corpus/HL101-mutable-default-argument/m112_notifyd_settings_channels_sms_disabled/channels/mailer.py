"""Channel plugin: e-mail; the default headers are only read."""
import settings


def send(subject, to, headers={"X-Mailer": "shop/2"}):  # expect: HL101 refuted
    message = {**headers, "From": settings.SENDER, "To": to, "Subject": subject}
    return "\n".join(f"{key}: {value}" for key, value in message.items())
