"""pagekit: a tiny HTML page toolkit (filters, shared layout)."""
