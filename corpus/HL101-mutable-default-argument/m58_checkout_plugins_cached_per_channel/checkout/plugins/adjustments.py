from ..plugin import Plugin, registered


@registered
class Shipping(Plugin):
    def __init__(self, hooks=[]):  # expect: HL101 refuted
        super().__init__({"flat": 495, "free_over": 5000}, hooks)
        self.on(self.add_shipping)

    def add_shipping(self, cart, totals):
        if totals["subtotal"] < self.options["free_over"]:
            totals["shipping"] = self.options["flat"]


@registered
class MemberDiscount(Plugin):
    channels = ("app",)

    def __init__(self, hooks=[]):  # expect: HL101 refuted
        super().__init__({"percent": 10}, hooks)
        self.on(self.discount)

    def discount(self, cart, totals):
        if cart["member"]:
            totals["discount"] = totals["subtotal"] * self.options["percent"] // 100
