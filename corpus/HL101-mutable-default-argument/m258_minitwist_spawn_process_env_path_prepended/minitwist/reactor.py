"""Install the platform's reactor at import time, like twisted.internet.reactor."""
import sys

if sys.platform == "win32":
    from minitwist.win32base import Win32Reactor as _Reactor
else:
    from minitwist.posixbase import PosixReactor as _Reactor

reactor = _Reactor()
