"""store: data access for the order API."""
