"""billing: invoices and taxes import each other; each uses the other only at call time."""
