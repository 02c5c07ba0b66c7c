"""Deploy CLI: each call deploys one fresh release and asks for the status.

Deploy.run() extends the list it keeps in self.options, which is the shared
default dict of Command.__init__ (defined in base.py), so every release is kept.
"""
import itertools

import shipit

_releases = itertools.count()


def scenario():
    n = next(_releases)
    return shipit.main(f"deploy web-{n} api-{n}"), shipit.main("status")
