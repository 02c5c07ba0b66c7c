"""Group-file reader: lines in /etc/group format (`name:x:gid:user,user`)
are merged over built-in groups. `defaultdict(list, builtin)` copies the
mapping, but for "wheel", "staff" and "docker" it holds the default's own
member lists, so `extend` adds every file's members to them."""
import collections
import itertools

_files = itertools.count()


def read_groups(text, builtin={"wheel": ["root"], "staff": [], "docker": []}):  # expect: HL101 confirmed
    groups = collections.defaultdict(list, builtin)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _password, _gid, members = line.split(":", 3)
        groups[name].extend(user for user in members.split(",") if user)
    return groups


def scenario():
    n = next(_files)
    text = f"# generated\nwheel:x:10:admin{n}\nstaff:x:50:u{n},v{n}\ndocker:x:999:ci-runner-{n}\n"
    groups = read_groups(text)
    return sum(len(members) for members in groups.values())
