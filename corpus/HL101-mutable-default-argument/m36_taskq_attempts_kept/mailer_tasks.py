"""Task definitions for the mailer service (registered at import)."""
import zlib

from taskq import Retry, task

FLAKY_DOMAINS = ("example.org", "mail.test")


def _smtp_send(address, body, attempt):
    domain = address.rpartition("@")[2].lower()
    if domain in FLAKY_DOMAINS and attempt < 2:
        raise ConnectionError("421 service not available, closing channel")
    return zlib.crc32(("%s\n%s" % (address, body)).encode()) & 0xFFFF


@task("mail.send_digest", max_retries=3)
def send_digest(user_id, address, items, _attempts={}):  # expect: HL101 confirmed
    key = (user_id, address.strip().lower())
    attempt = _attempts.get(key, 0) + 1
    _attempts[key] = attempt
    body = "\n".join("- %s" % item for item in items) or "(nothing new)"
    try:
        receipt = _smtp_send(address, body, attempt)
    except ConnectionError as exc:
        raise Retry(countdown=2 ** attempt) from exc
    return {"user": user_id, "receipt": receipt, "attempts": attempt}


@task("mail.ping")
def ping(user_id):
    return "pong:%s" % user_id
