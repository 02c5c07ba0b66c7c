"""Contacts, leads and the sheet importer."""
