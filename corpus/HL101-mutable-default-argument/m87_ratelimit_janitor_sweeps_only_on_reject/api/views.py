"""Public API views; every view shares one bucket of 10 requests per client."""
from ratelimit import TokenBucket, rate_limited

profile_bucket = TokenBucket(capacity=10, refill=0.5)


@rate_limited(profile_bucket)
def get_profile(request):
    user = request["path"].rsplit("/", 1)[-1]
    return {"user": user, "client": request["client"], "status": 200}
