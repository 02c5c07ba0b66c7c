"""service: request handling on top of eventbus."""
