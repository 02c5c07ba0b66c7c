from dataclasses import field

from .models import model


@model
class Item:
    sku: str
    qty: int
    labels: list = field(default_factory=list)

    def restock(self, amount, reason="", base_labels=["restock"]):  # expect: HL101 confirmed
        labels = base_labels
        if reason:
            labels += [reason]
        self.labels.extend(labels)
        self.qty += amount
        return {"sku": self.sku, "qty": self.qty, "labels": labels}
