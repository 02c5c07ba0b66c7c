"""Deploy script: INI-like config text is parsed once per path string (first 20 lines via islice); each job has its own path."""
import itertools


def load_config(path, text, _parsed={}):  # expect: HL101 confirmed
    if path not in _parsed:
        cfg = {}
        for line in itertools.islice(text.splitlines(), 20):
            if "=" in line and not line.startswith("#"):
                key, _, value = line.partition("=")
                cfg[key.strip()] = value.strip()
        _parsed[path] = cfg
    return _parsed[path]


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    path = f"/srv/jobs/{n}/deploy.ini"
    text = f"# job {n}\nhost = web{n}\nport = {8000 + n % 100}\n"
    return load_config(path, text)["host"]
