from types import SimpleNamespace

from ormkit import Session, identity_mapped


class ShopSession(Session):
    def __init__(self, url):
        super().__init__(bind=url)


class _Repository:
    def __init__(self, session):
        self.session = session


class CustomerRepository(_Repository):
    @identity_mapped
    def get(self, pk):
        return SimpleNamespace(id=pk, email=f"c{pk}@shop.test", plan_id=pk % 4)


class PlanRepository(_Repository):
    @identity_mapped
    def get(self, pk):
        return SimpleNamespace(id=pk, name=("free", "basic", "pro", "team")[pk])
