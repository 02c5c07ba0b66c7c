"""Replay of the profile page: every request is from a user not seen before."""
import itertools

import avatars
import middleware

_users = itertools.count(1000)


def scenario():
    user_id = next(_users)
    request = {"path": f"/u/{user_id}", "user_id": user_id, "size": 64 + user_id % 3 * 32}
    return middleware.handle(request, avatars.profile_header)
