"""Quality-assurance harness for the search service."""
