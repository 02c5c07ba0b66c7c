"""Format plugins, one module per output format."""
