"""avatars: the profile header, with the avatar URL cached for a few requests."""
import hashlib

from cachekit import remember

AVATAR_TTL = 5.0  # requests; users rarely change their picture mid-visit


def _avatar_url(user_id, size):
    digest = hashlib.md5(f"user-{user_id}@example.org".encode()).hexdigest()
    return f"https://avatars.example.org/{digest}?s={size}"


def profile_header(request, now):
    user_id, size = request["user_id"], request["size"]
    url = remember(("avatar", user_id), lambda: _avatar_url(user_id, size), now, ttl=AVATAR_TTL)
    name = remember(("name", user_id), lambda: f"User {user_id}", now, ttl=AVATAR_TTL)
    return f'<img src="{url}" alt=""> {name}'
