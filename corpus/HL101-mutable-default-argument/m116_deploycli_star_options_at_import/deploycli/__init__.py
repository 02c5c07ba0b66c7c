"""deploycli: the public names come in through star imports (each module lists them in __all__)."""
from .options import *  # noqa: F403  add_option, usage
from .runner import *  # noqa: F403  run
