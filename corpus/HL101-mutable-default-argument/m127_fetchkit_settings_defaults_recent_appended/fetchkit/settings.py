"""Client settings; DEFAULTS is the one process-wide Settings object."""


class Settings:
    def __init__(self, timeout, retries, user_agent):
        self.timeout = timeout
        self.retries = retries
        self.user_agent = user_agent
        self.recent = []


DEFAULTS = Settings(10.0, 3, "fetchkit/1.0")
