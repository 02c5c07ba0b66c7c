"""depot: goods-in scanning, the audit trail, and small shared helpers."""
