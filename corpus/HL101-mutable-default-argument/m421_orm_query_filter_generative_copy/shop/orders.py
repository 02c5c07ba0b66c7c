from orm import Column, Query


class Order:
    __tablename__ = "orders"
    customer_id = Column("customer_id")
    total = Column("total")


def large_orders_for(customer_id, minimum):
    query = Query(Order).filter(Order.customer_id == customer_id)
    return query.filter(Order.total >= minimum).statement()
