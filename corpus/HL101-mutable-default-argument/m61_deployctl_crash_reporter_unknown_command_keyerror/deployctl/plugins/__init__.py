from . import deploy
