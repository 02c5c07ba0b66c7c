from .tabular import *  # noqa: F401,F403
from .structured import *  # noqa: F401,F403
