"""Deploy CLI: each call deploys one fresh release and asks for the status.

Deploy.run() only reads self.options (the shared default dict of
Command.__init__ in base.py) and builds a new list, so nothing is kept.
"""
import itertools

import shipit

_releases = itertools.count()


def scenario():
    n = next(_releases)
    return shipit.main(f"deploy web-{n} api-{n}"), shipit.main("status")
