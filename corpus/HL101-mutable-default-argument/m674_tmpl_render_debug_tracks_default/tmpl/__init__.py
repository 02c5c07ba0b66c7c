"""tmpl: a tiny template engine."""
