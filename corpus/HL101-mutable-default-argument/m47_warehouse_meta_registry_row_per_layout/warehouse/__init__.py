"""warehouse: shipment records and the reports built on them."""
