"""Retry policy: which statuses to retry and who to tell about retries."""
from dataclasses import dataclass, field


@dataclass
class RetryPolicy:
    attempts: int = 3
    retry_on: list = field(default_factory=lambda: [502, 503, 504])
    on_retry: list = field(default_factory=list)
