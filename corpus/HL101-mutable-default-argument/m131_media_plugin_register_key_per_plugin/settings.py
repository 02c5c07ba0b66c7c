"""Media worker settings: processing plugins, loaded by name in this order."""
PLUGINS = ["resize", "watermark"]
MAX_WIDTH = 1024
