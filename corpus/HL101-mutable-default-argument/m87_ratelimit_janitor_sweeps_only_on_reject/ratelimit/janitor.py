"""Drop buckets of clients that have been idle for a while."""
IDLE_SECONDS = 30


def sweep(bucket, now, idle=IDLE_SECONDS):
    stale = [client for client, (_, seen) in bucket.tokens.items() if now - seen > idle]
    for client in stale:
        del bucket.tokens[client]
    return len(stale)
