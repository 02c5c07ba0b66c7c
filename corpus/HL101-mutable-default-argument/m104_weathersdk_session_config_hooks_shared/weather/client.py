from .models import make_reading
from .session import Session


class Client(Session):
    """Current conditions for a city, via the v1 REST endpoints."""

    def __init__(self, api_key, transport, units="metric"):
        super().__init__(api_key)
        self.transport = transport
        self.units = units

    def current(self, city):
        path = f"/v1/current?city={city}&units={self.units}"
        return make_reading(city, self.request(path, self.transport))
