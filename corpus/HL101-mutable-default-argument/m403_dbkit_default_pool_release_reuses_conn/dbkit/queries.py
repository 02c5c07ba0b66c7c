import dbkit.pool as pool_mod


def query(sql, params=(), pool=pool_mod.Pool("sqlite://orders")):  # expect: HL101 refuted
    """Run one statement on a pooled connection and hand the connection back."""
    conn = pool.acquire()
    try:
        return conn.execute(sql, params)
    finally:
        pool.release(conn)
