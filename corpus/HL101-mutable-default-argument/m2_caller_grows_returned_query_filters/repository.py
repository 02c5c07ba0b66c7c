"""Order repository: adds a filter to the list select() returned (its default)."""
from querybuilder import select, to_sql


def orders_for_customer(customer_id, status=None):
    query = select("orders")
    query["filters"].append(("customer_id", customer_id))
    if status is not None:
        query["filters"].append(("status", status))
    return to_sql(query)
