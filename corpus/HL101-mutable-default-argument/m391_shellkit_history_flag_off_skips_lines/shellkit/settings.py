"""Shell settings, edited by the deployer rather than at runtime."""

PROMPT = "> "
MAX_ARGS = 16
KEEP_HISTORY = False
