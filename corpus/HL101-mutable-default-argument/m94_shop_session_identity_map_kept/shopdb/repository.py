from .uow import unit_of_work


class Customer:
    def __init__(self, pk, name, email):
        self.pk, self.name, self.email = pk, name, email


class CustomerRepository:
    def __init__(self, bind):
        self.bind = bind

    def _load(self, pk):
        return Customer(pk, f"Customer {pk}", f"c{pk}@shop.test")

    @unit_of_work
    def rename(self, session, pk, name):
        customer = session.get(Customer, pk)
        if customer is None:
            customer = self._load(pk)
            session.add(customer)
        customer.name = name
        return customer.name
