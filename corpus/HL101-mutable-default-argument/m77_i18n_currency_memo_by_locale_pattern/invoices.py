"""invoices: the footer line of an invoice page, in the visitor's language."""
from i18n import format_currency, load_catalog, select_locale


def invoice_footer(request, invoice):
    locale = select_locale(request)
    total = format_currency(invoice["total"], invoice["currency"], locale)
    return load_catalog(locale)["invoice.total"].format(total=total)
