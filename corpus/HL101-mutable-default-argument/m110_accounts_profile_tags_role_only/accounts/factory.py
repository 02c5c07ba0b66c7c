from .models import Profile


def make_profile(username, tags=set()):  # expect: HL101 refuted
    """A new profile; the tag set is stored as given, not copied.

    Every profile shares the default set, but callers only add one of the
    three roles to it, so it stops growing after the first few sign-ups.
    """
    return Profile(username, tags)
