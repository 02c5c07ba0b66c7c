"""Entry modules to load; each defines KIND and handle(row)."""

ENTRY_MODULES = [
    "ingest.entries.orders",
    "ingest.entries.refunds",
]
