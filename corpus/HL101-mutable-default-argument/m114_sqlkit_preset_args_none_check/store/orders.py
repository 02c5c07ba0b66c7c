"""Order queries, built through the sqlkit.statement module attribute."""
import sqlkit

from . import scoping


def for_customer(customer_id, admin):
    stmt = scoping.scope(sqlkit.statement.Statement("orders"), admin)
    return stmt.prepare().filter("customer_id", customer_id).sql()
