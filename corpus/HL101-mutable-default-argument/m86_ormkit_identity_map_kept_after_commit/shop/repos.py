import ormkit
from ormkit import Repository


class ShopSession(ormkit.Session):
    def __init__(self, url):
        super().__init__(bind=url)
        self.url = url


class Customer:
    def __init__(self, id, name, email):
        self.id, self.name, self.email = id, name, email


class Order:
    def __init__(self, id, customer_id, status):
        self.id, self.customer_id, self.status = id, customer_id, status


class CustomerRepository(Repository):
    model = Customer

    def load_row(self, pk):
        return {"id": pk, "name": f"Customer {pk}", "email": f"c{pk}@shop.test"}


class OrderRepository(Repository):
    model = Order

    def load_row(self, pk):
        return {"id": pk, "customer_id": pk // 10, "status": "new"}
