"""ratelimit: per-client token buckets for HTTP views."""
from .bucket import TokenBucket
from .decorators import TooManyRequests, rate_limited
