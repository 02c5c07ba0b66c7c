"""Base message catalog."""


class Catalog:
    def __init__(self, domain, messages):
        self.domain = domain
        self.messages = {f"{domain}.{key}": text for key, text in messages.items()}

    def gettext(self, key):
        return self.messages.get(f"{self.domain}.{key}", key)

    def merge_into(self, target):
        """Return target's messages overlaid with this catalog's (this catalog wins)."""
        return {**target, **self.messages}
