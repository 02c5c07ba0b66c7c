from .mixins import OnceMixin


class Resource:
    ENDPOINT = "/"
    FIELDS = ()

    def __init__(self, client):
        self.client = client


class ContactSync(OnceMixin, Resource):
    ENDPOINT = "/v2/contacts"
    FIELDS = ("email", "name")

    def push(self, record):
        if self.remember(record["email"]):
            self.client.post(f"{self.ENDPOINT}/welcome", record["email"])
        return self.client.post(self.ENDPOINT, record)


class DealSync(OnceMixin, Resource):
    ENDPOINT = "/v2/deals"
    FIELDS = ("title", "amount")

    def push(self, record):
        if self.remember(self.ENDPOINT):
            self.client.post(f"{self.ENDPOINT}/$schema", self.FIELDS)
        return self.client.post(self.ENDPOINT, record)
