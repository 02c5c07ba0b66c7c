"""Billing tasks, registered on the project's app when the module is imported."""
from taskq import App

app = App("billing")


def invoice_total(lines, tax_rate=0.2):
    net = sum(qty * price for qty, price in lines)
    return round(net * (1 + tax_rate), 2)


total_task = app.task(invoice_total)
