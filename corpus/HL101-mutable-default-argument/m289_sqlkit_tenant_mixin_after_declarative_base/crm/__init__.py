"""crm: customer records."""
