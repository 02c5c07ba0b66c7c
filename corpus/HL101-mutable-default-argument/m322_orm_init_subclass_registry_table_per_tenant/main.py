"""Multi-tenant import job: each run loads one tenant's orders through a per-tenant model."""
import itertools

import orm
from tenants.models import order_model

_runs = itertools.count()


def scenario():
    n = next(_runs)
    Order = order_model(f"t{n}")
    rows = [Order(sku=f"SKU-{n}-{i}", qty=i + 1, tenant=f"t{n}") for i in range(3)]
    return orm.insert_sql(rows[0]), sum(row.qty for row in rows)
