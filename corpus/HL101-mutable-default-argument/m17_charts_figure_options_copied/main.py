"""Store dashboard: each request renders the weekly sales panel for one store."""
import itertools

from dashboard.panels import sales_panel

_stores = itertools.count()


def scenario():
    n = next(_stores)
    week = [(n * 7 + day) % 97 for day in range(7)]
    return sales_panel(f"store-{n}", week)
