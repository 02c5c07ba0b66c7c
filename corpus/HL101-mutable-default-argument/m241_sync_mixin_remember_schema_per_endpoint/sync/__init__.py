"""Pushes local records to the remote CRM."""
