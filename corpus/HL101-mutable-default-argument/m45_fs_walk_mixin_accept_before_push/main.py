import itertools

import fs.listing

Entry = fs.listing.Entry
_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    project = Entry(f"project-{n}", [
        Entry("README.md"),
        Entry(".cache", [Entry(f"build-{n}.tmp")]),
        Entry("src", [Entry("app.py"), Entry(f"job_{n}.py")]),
    ])
    return len(fs.listing.Listing().walk(project))
