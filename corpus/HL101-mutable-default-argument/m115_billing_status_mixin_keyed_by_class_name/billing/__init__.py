"""billing: invoices and credit notes, posting their status to a shared board."""
