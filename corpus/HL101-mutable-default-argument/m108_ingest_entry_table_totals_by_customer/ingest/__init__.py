"""Ledger ingest: entry handlers are listed by module name in ingest.config."""
