from collections import namedtuple

OrderPlaced = namedtuple("OrderPlaced", "order_id sku qty")
