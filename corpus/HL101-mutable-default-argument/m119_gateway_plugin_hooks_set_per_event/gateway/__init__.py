"""gateway: a tiny request gateway extended by plugins."""
