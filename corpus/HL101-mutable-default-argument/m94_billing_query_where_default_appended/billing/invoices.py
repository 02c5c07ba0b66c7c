"""Invoice repository: the web handlers call it once per request."""


class InvoiceRepository:
    def __init__(self, sql, conn):
        self.sql = sql  # the SQL layer module, injected so tests can swap it
        self.conn = conn

    def open_for(self, customer_id):
        statement, params = self.sql.build_select(
            "invoices", {"customer_id": customer_id, "paid_at": None}
        )
        return self.conn.execute(statement, params)
