"""Per-tenant figures for the billing dashboard; every tenant has its own database."""
import dbkit.pool


def count_orders(dsn, since, pool=dbkit.pool.Pool(size=2)):  # expect: HL101 refuted
    conn = pool.checkout(dsn)
    try:
        return conn.execute("SELECT count(*) FROM orders WHERE created >= %s", (since,))
    finally:
        pool.checkin(dsn, conn)
