"""gateway: request-line parsing, routing and hit statistics."""
