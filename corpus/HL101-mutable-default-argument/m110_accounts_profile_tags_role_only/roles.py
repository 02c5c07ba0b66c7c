import zlib

ROLES = ("reader", "writer", "moderator")


def role_for(username):
    """A stable starting role, spread over the three roles by name."""
    return ROLES[zlib.crc32(username.encode()) % len(ROLES)]
