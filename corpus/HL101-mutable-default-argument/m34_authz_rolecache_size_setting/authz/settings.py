"""Tunables for the permission layer (overridden by the app's config loader)."""

# Maximum number of resolved (user, role) grants kept in memory; None means no limit.
ROLE_CACHE_SIZE = 16

ANONYMOUS_ROLE = "viewer"
