"""Invoices, quotes and their rendering."""
