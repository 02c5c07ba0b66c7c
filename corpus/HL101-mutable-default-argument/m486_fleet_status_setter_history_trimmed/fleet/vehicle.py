from .tracked import Tracked


class Vehicle(Tracked):
    """A delivery van with a plate and an odometer."""

    def __init__(self, plate, odometer_km=0):
        self.ident = plate
        self.odometer_km = odometer_km

    def dispatch(self, route_km):
        self.status = "on_route"
        self.odometer_km += route_km

    def return_to_depot(self):
        self.status = "available"
        return self.odometer_km
