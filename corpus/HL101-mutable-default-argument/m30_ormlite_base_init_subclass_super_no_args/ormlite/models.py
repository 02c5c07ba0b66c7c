from .base import Model


class User(Model):
    table = "users"
    fields = ("name", "email")

    def __init__(self, name, email):
        super().__init__()
        self.set("name", name)
        self.set("email", email)


class Product(Model):
    table = "products"
    fields = ("sku", "price")
