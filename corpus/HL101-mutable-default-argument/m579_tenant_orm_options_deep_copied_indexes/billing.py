"""Billing app: every tenant has its own invoice table, so the Invoice model
is built for the tenant at hand."""
from orm import Model


def invoice_model(tenant):
    meta = type("Meta", (), {"db_table": "%s_invoice" % tenant, "indexed": ("number", "customer")})
    return type("Invoice", (Model,), {"Meta": meta, "__module__": __name__})


def create_invoice(tenant, number, customer):
    Invoice = invoice_model(tenant)
    invoice = Invoice(number=number, customer=customer)
    return Invoice._meta.db_table, Invoice._meta.indexes[-1], invoice.number
