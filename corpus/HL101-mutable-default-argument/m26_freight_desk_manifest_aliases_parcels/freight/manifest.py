"""Manifest: the parcels loaded for one route departure."""


class Manifest:
    def __init__(self, route, parcels):
        self.route = route
        self.parcels = parcels

    def load(self, parcel_id, weight_kg):
        self.parcels.append((parcel_id, weight_kg))
        return len(self.parcels)

    def __repr__(self):
        return f"<Manifest {self.route} parcels={len(self.parcels)}>"
