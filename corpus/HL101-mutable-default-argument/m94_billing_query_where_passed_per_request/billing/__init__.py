"""billing: invoices over a small SQL layer."""
