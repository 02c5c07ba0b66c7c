from .models import Profile


def make_profile(username, tags=set()):  # expect: HL101 confirmed
    """A new profile; the tag set is stored as given, not copied."""
    return Profile(username, tags)
