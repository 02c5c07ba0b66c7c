from warehouse.schema import Record


class Shipment(Record):
    table = "shipments"
    columns = ("id", "sku", "qty")


class Bin(Record):
    table = "bins"
    columns = ("code", "aisle")
