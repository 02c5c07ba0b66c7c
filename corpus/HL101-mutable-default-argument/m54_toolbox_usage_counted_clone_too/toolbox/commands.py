"""Built-in commands; each takes the repository state and its arguments."""
from .telemetry import counted

__all__ = ["COMMANDS", "clone", "remote"]


@counted
def clone(repo, args):
    url = args[0]
    name = url.rstrip("/").rsplit("/", 1)[-1]
    repo["remotes"] = {"origin": url}
    repo["head"] = "main"
    return f"cloned {name[:-4] if name.endswith('.git') else name}"


@counted
def remote(repo, args):
    action, *rest = args
    remotes = repo.setdefault("remotes", {})
    if action == "add":
        name, url = rest
        remotes[name] = url
        return f"added remote {name}"
    if action == "rm":
        return f"removed {rest[0]}" if remotes.pop(rest[0], None) else f"no remote {rest[0]!r}"
    raise ValueError(f"remote: unknown action {action!r}")


COMMANDS = {func.__name__: func for func in (clone, remote)}
