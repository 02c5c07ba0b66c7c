"""Commands: option defaults live in a default dict that is only read."""
from .cli import command


@command
def serve(argv, options={"--host": "127.0.0.1", "--port": 8000}):  # expect: HL101 refuted
    pairs = dict(zip(argv[::2], argv[1::2]))
    host = pairs.get("--host", options["--host"])
    port = int(pairs.get("--port", options.get("--port")))
    return f"serving on {host}:{port}"
