"""crm: contacts, their factories and the contact repository."""
