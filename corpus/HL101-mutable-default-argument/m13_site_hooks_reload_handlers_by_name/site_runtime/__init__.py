"""Static-site runtime with hot-reloaded plugins."""
