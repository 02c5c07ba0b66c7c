from .model import Model


class Order(Model):
    fields = ("id", "customer", "total")

    def summary(self):
        return f"order {self.id} for {self.customer}: {self.total}"
