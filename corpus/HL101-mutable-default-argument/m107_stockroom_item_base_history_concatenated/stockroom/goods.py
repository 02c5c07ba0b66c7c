from .audit import AuditMixin
from .base import Item as _Item


class Perishable(AuditMixin, _Item):
    def __init__(self, sku, qty, expires):
        super().__init__(sku, qty)
        self.expires = expires


class Bulk(AuditMixin, _Item):
    def __init__(self, sku, qty, pallet):
        super().__init__(sku, qty)
        self.pallet = pallet
