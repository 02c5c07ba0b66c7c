from .routing import add_fallback


def digest(users):
    """Nightly digest: one email target per user, built in a fresh list each."""
    lines = []
    for user in users:
        targets = []
        add_fallback(targets, "email", user)
        lines.extend(targets)
    return "\n".join(lines)
