class Profile:
    """A member's public profile: name plus the tags shown next to it."""

    def __init__(self, username, tags):
        self.username = username
        self.tags = tags

    def badge(self):
        return f"{self.username} ({len(self.tags)} tags)"
