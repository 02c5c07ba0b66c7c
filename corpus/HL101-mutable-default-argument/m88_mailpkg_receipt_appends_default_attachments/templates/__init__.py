"""templates: one module per kind of customer mail."""
