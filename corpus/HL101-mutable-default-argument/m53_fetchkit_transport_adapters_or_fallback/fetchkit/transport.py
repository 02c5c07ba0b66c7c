EVENTS = ("request", "response")


class HTTPAdapter:
    def __init__(self, max_retries=0):
        self.max_retries = max_retries
        self.closed = False

    def send(self, method, url, headers):
        if self.closed:
            raise ConnectionError("adapter is closed")
        return {"status": 200 if method in ("GET", "HEAD") else 202, "url": url}

    def close(self):
        self.closed = True


class Transport:
    def __init__(self, adapters=None, hooks=None):
        self.adapters = adapters or {}
        hooks = hooks or {}
        self.hooks = {event: list(hooks.get(event, ())) for event in EVENTS}

    def mount(self, prefix, adapter):
        self.adapters[prefix.lower()] = adapter

    def adapter_for(self, url):
        for prefix in sorted(self.adapters, key=len, reverse=True):
            if url.lower().startswith(prefix):
                return self.adapters[prefix]
        raise LookupError("no adapter mounted for %r" % url)

    def send(self, method, url, headers):
        for hook in self.hooks["request"]:
            hook(method, url, headers)
        response = self.adapter_for(url).send(method, url, headers)
        for hook in self.hooks["response"]:
            response = hook(response) or response
        return response
