"""Worker launcher: each call loads the profile of a newly deployed worker
(its own plugin, retry settings) and merges one ad-hoc layered config."""
import itertools

import conf

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    profile = conf.load_profile(f"worker-{n}", {
        "plugins": [f"audit-trail-for-worker-{n:05d}"],
        "retry": {"attempts": n % 5 + 1, "backoff": 0.5},
        "timeout": 30 + n % 10,
    })
    conf.layered([{"plugins": ["metrics"]}, {"plugins": [f"trace-{n}"], "debug": True}])
    return profile["timeout"], len(profile["plugins"])
