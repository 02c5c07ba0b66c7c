"""avatars: the profile header; avatar URLs are derived from the id, so pin them."""
import hashlib

from cachekit import remember

NAME_TTL = 5.0  # requests


def _avatar_url(user_id, size):
    digest = hashlib.md5(f"user-{user_id}@example.org".encode()).hexdigest()
    return f"https://avatars.example.org/{digest}?s={size}"


def profile_header(request, now):
    user_id, size = request["user_id"], request["size"]
    # The URL of a user id never changes: pin it (ttl=None) instead of recomputing.
    url = remember(("avatar", user_id), lambda: _avatar_url(user_id, size), now, ttl=None)
    name = remember(("name", user_id), lambda: f"User {user_id}", now, ttl=NAME_TTL)
    return f'<img src="{url}" alt=""> {name}'
