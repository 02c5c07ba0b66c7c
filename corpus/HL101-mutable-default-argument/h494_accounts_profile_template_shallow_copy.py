"""Account service: new profiles start from a template dict.

copy.copy makes a new outer dict, but the "roles" and "audit" lists inside
are the template's own lists, so each signup appends to the default's
inner lists.
"""
import copy
import itertools

_signups = itertools.count()


def new_profile(username, role, template={"roles": ["viewer"], "audit": [], "theme": "light"}):  # expect: HL101 confirmed
    profile = copy.copy(template)
    profile["username"] = username
    profile["roles"].append(role)
    profile["audit"].append("created " + username)
    return profile


def signup(user_id):
    profile = new_profile("user%d" % user_id, "editor" if user_id % 3 else "admin")
    return profile["username"], len(profile["audit"])


def scenario():
    return signup(next(_signups))
