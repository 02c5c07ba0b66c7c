"""Periodic housekeeping, registered with the scheduler at import."""
from crontab import every

STATS = {"sessions_purged": 0, "digests_sent": 0}


@every(300)
def purge_expired_sessions():
    STATS["sessions_purged"] += 1


@every(3600)
def send_daily_digest():
    STATS["digests_sent"] += 1
