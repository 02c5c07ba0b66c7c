"""Billing: invoices and their line items."""
