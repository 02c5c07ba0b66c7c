"""Address helpers: normalisation, list senders and the archive copy."""

SENDERS = {
    "announce": "Example Announcements <announce@example.org>",
    "digest": "Example Weekly Digest <digest@example.org>",
}


def normalize(address):
    local, _, domain = address.strip().partition("@")
    return f"{local.lower()}@{domain.lower()}"


def sender_for(list_name):
    return SENDERS.get(list_name, "noreply@example.org")


def with_archive(bcc, list_name, message_id):
    """Blind-copy the list archive, tagged with the message id so replies thread."""
    tag = message_id.strip("<>").split("@")[0]
    bcc.append(f"archive+{list_name}-{tag}@example.org")
    return bcc
