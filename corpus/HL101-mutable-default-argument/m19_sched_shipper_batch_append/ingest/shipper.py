class Shipper:
    def __init__(self, endpoint):
        self.endpoint = endpoint
        self.shipped = 0

    def ship(self, point, batch=[]):  # expect: HL101 confirmed
        batch.append(point)
        payload = batch
        self.shipped += 1
        return f"{self.endpoint}: {len(payload)} point(s)"
