from .build import Build
from .test import Test

COMMANDS = {cls.__name__.lower(): cls for cls in (Build, Test)}
