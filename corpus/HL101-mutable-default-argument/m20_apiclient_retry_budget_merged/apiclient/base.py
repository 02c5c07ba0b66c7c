"""Base client: keeps the caller's options on the instance."""


class Client:
    def __init__(self, base_url, options={}):  # expect: HL101 refuted
        self.base_url = base_url.rstrip("/")
        self.options = options

    def url(self, path):
        return self.base_url + "/" + path.lstrip("/")

    def send(self, method, path, options):
        timeout = options.get("timeout", 10)
        return f"{method} {self.url(path)} timeout={timeout}"
