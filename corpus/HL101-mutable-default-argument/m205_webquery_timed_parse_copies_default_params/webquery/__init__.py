"""Query-string handling for the search endpoint."""
