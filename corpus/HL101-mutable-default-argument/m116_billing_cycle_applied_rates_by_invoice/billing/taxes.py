"""Taxes: imports invoices back; invoices.line_total is looked up when tax_for runs."""
from . import invoices

RATES = {"EU": 0.2, "US": 0.07, "UK": 0.2, "CH": 0.081}


def rate_for(region, table=RATES):  # expect: HL101 refuted
    return table[region]


def tax_for(invoice, applied={}):  # expect: HL101 confirmed
    """`applied` remembers the rate used, keyed by invoice id: one entry per invoice."""
    applied[invoice["id"]] = rate_for(invoice["region"])
    return round(invoices.line_total(invoice) * applied[invoice["id"]], 2)
