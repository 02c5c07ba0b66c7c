"""Editor "Open Recent" menu: each opened path moves to the end of the
options' "recent" list; options["limit"] caps the list, 0 meaning no cap.
The menu shows the last five entries, newest first."""
import itertools

_opens = itertools.count()


def remember(path, opts={"limit": 0, "recent": []}):  # expect: HL101 confirmed
    recent = opts["recent"]
    if path in recent:
        recent.remove(path)
    recent.append(path)
    if opts["limit"]:
        del recent[:-opts["limit"]]
    return list(reversed(recent[-5:]))


def scenario():
    n = next(_opens)
    return remember(f"/home/dev/projects/app/src/module_{n}.py")
