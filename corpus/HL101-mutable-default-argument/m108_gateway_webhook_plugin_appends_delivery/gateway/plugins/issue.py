"""Issue plugin: formats a one-line notification for a new issue."""
from .push import short_repo


def handle(event, prefix="issue"):
    return f"{prefix}: {event['title']} ({short_repo(event.get('repo', 'org/tracker'))})"
