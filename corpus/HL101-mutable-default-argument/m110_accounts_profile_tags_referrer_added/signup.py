from accounts import new_profile
from roles import role_for


def register(username, referrer):
    """Create the member's profile and tag it with who referred them."""
    profile = new_profile(username)
    profile.tags.add(role_for(username))
    profile.tags.add(f"ref:{referrer}")
    return profile.badge()
