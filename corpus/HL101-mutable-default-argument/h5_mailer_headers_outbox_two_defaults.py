"""Notifications: send() has two defaults; headers get fixed keys filled in, the outbox keeps every message."""
import email.utils
import itertools
import json


def send(
    to: str,
    subject: str,
    headers: dict[str, str] = {"X-Mailer": "notify/2"},  # expect: HL101 refuted
    outbox: list[str] = [],  # expect: HL101 confirmed
) -> int:
    headers.setdefault("Reply-To", "support@example.com")
    headers["X-Priority"] = "3"
    message = json.dumps({"to": to, "subject": subject, "headers": headers})
    outbox.append(message)
    return len(outbox)


def notify_password_reset(user: str, token: str) -> int:
    addr = email.utils.formataddr((user.title(), f"{user}@example.com"))
    return send(addr, f"Reset your password ({token[:6]})")


_resets = itertools.count()


def scenario():
    n = next(_resets)
    notify_password_reset(f"user{n}", f"{n:08x}deadbeef")
