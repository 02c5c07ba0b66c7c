from .dsn import apply_query


def plan_migration(dsns):
    """One (host, options) step per shard, each parsed into its own dict."""
    return [(dsn.split("?", 1)[0], apply_query({}, dsn)) for dsn in dsns]
