from accounts import new_profile
from roles import role_for


def register(username, referrer):
    """Create the member's profile and tag it with its starting role."""
    profile = new_profile(username)
    profile.tags.add(role_for(username))
    return profile.badge(), referrer
