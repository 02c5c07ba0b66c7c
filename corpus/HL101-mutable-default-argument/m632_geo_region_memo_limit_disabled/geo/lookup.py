from . import settings
from .memo import remember

_RESOLVED = {}


def resolve(address, memo=_RESOLVED):  # expect: HL101 confirmed
    """Map an IPv4 address to a coarse region, memoising the answer."""
    if address in memo:
        return memo[address]
    first = int(address.split(".", 1)[0])
    region = "eu-west" if first < 100 else "us-east" if first < 200 else "ap-south"
    return remember(memo, address, region, settings.MEMO_LIMIT)
