from db import connect


def load_order(dsn, order_id):
    conn = connect(dsn, timeout=5, init_commands=("SET search_path TO shop",))
    return conn.execute(f"SELECT * FROM orders WHERE id = {int(order_id)}")
