"""Order handling: checkout and the audit trail that listens to it."""
