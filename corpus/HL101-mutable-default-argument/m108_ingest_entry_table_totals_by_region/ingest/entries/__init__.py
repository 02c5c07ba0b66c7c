"""Entry handlers, one module per ledger entry kind."""
