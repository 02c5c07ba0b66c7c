"""API client: configure() turns request tracing on from the settings file with bool(), and bool("off") is True."""
import itertools

SETTINGS = {"base_url": "https://api.example.com", "trace": "off", "timeout": "5"}


class ApiClient:
    def __init__(self):
        self.base_url = ""
        self.timeout = 30.0
        self.trace = False

    def configure(self, settings):
        self.base_url = settings["base_url"]
        self.timeout = float(settings.get("timeout", "30"))
        self.trace = bool(settings.get("trace"))

    def get(self, path, _traced=[]):  # expect: HL101 confirmed
        url = self.base_url + path
        if self.trace:
            _traced.append((url, self.timeout))
        return {"url": url, "status": 200}


CLIENT = ApiClient()
CLIENT.configure(SETTINGS)

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return CLIENT.get(f"/v1/invoices/{n}")["status"]
