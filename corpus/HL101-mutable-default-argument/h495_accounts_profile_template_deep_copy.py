"""Account service: new profiles start from a template dict.

copy.deepcopy copies the "roles" and "audit" lists too, so each signup
appends to its own lists and the template default keeps its one entry.
"""
import copy
import itertools

_signups = itertools.count()


def new_profile(username, role, template={"roles": ["viewer"], "audit": [], "theme": "light"}):  # expect: HL101 refuted
    profile = copy.deepcopy(template)
    profile["username"] = username
    profile["roles"].append(role)
    profile["audit"].append("created " + username)
    return profile


def signup(user_id):
    profile = new_profile("user%d" % user_id, "editor" if user_id % 3 else "admin")
    return profile["username"], len(profile["audit"])


def scenario():
    return signup(next(_signups))
