from .util.ids import next_ref


class Cart:
    def __init__(self, user, items, region):
        self.ref = next_ref("C")
        self.user = user
        self.items = list(items)
        self.region = region

    def skus(self):
        return [sku for sku, _ in self.items]
