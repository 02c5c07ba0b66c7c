"""Taxes: imports invoices back; invoices.line_total is looked up when tax_for runs."""
from . import invoices

RATES = {"EU": 0.2, "US": 0.07, "UK": 0.2, "CH": 0.081}


def rate_for(region, table=RATES):  # expect: HL101 refuted
    return table[region]


def tax_for(invoice, applied={}):  # expect: HL101 refuted
    """`applied` remembers the last rate used, keyed by region: at most one entry per region."""
    applied[invoice["region"]] = rate_for(invoice["region"])
    return round(invoices.line_total(invoice) * applied[invoice["region"]], 2)
