"""app: the shop backend."""
