"""A small shop backend: api -> services -> storage, with shared helpers."""
