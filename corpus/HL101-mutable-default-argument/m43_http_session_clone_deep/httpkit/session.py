class Session:
    def __init__(self, base_url, history=[], max_redirects=5):  # expect: HL101 refuted
        self.base_url = base_url.rstrip("/")
        self.history = history
        self.max_redirects = max_redirects

    @classmethod
    def from_env(cls, env):
        url = env.get("API_URL", "https://api.example.invalid/")
        return cls(url, max_redirects=int(env.get("MAX_REDIRECTS", "5")))

    def record(self, response):
        self.history.append(response)
