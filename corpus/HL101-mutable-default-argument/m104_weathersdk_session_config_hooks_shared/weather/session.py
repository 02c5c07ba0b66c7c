import json

DEFAULT_TIMEOUT = 5.0


class HTTPError(Exception):
    pass


class Session:
    """API key plus request config; every response goes through config hooks."""

    def __init__(self, api_key, config={}):  # expect: HL101 confirmed
        self.api_key = api_key
        self.config = config
        self.config.setdefault("timeout", DEFAULT_TIMEOUT)
        self.config.setdefault("hooks", []).append(self._raise_for_status)
        self.requests_made = 0

    def _raise_for_status(self, path, status):
        if status >= 400:
            raise HTTPError(f"{status} for {path}")

    def request(self, path, transport):
        self.requests_made += 1
        status, body = transport(path, key=self.api_key,
                                 timeout=self.config["timeout"])
        for hook in self.config["hooks"]:
            hook(path, status)
        return json.loads(body)
