from .adapters import DEFAULT_ADAPTERS


class Session:
    def __init__(self, adapters=DEFAULT_ADAPTERS):  # expect: HL101 confirmed
        self.adapters = adapters

    def mount(self, prefix, adapter):
        """Register adapter for prefix; longer prefixes are tried first."""
        self.adapters[prefix] = adapter
        for key in [k for k in self.adapters if len(k) < len(prefix)]:
            self.adapters[key] = self.adapters.pop(key)

    def get_adapter(self, url):
        for prefix, adapter in self.adapters.items():
            if url.lower().startswith(prefix.lower()):
                return adapter
        raise LookupError(f"no adapter for {url}")

    def get(self, url):
        return self.get_adapter(url).send("GET", url)
