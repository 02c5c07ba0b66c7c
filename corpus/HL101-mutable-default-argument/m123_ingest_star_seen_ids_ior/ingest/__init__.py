"""ingest: filters looked up by name, and the accept step."""
