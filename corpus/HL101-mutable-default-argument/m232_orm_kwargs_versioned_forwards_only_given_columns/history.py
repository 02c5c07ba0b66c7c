from orm import VersionedModel


class OrderRevision(VersionedModel):
    def __init__(self, order_id):
        super().__init__(f"order_rev_{order_id}", schema="history")
        self.order_id = order_id

    def track(self, field):
        self.columns.append(f"{field}_before")
        self.columns.append(f"{field}_after")
