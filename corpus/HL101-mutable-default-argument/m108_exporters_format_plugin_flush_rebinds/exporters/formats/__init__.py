"""Format plugins, looked up by module name in exporters.registry."""
