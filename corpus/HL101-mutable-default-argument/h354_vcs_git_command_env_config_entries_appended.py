"""Git wrapper: GitCommand.run() lets the concrete command fill the child
environment through the abstract prepare_env() hook; the commit command passes
its author through the GIT_CONFIG_COUNT / GIT_CONFIG_KEY_<n> protocol, adding
one more numbered entry to the env it is handed on every run."""
import abc
import itertools

_commits = itertools.count()


class GitCommand(abc.ABC):
    def run(self, repo, args, env={}):  # expect: HL101 confirmed
        self.prepare_env(env)
        argv = ["git", "-C", repo, self.name, *args]
        return argv, len(env)

    @abc.abstractmethod
    def prepare_env(self, env):
        ...


class CommitCommand(GitCommand):
    name = "commit"

    def __init__(self, author):
        self.author = author

    def prepare_env(self, env):
        i = int(env.get("GIT_CONFIG_COUNT", 0))
        env[f"GIT_CONFIG_KEY_{i}"] = "user.name"
        env[f"GIT_CONFIG_VALUE_{i}"] = self.author
        env["GIT_CONFIG_COUNT"] = str(i + 1)


def scenario():
    n = next(_commits)
    cmd = CommitCommand(f"build-bot-{n}")
    return cmd.run(f"/srv/repos/r{n % 3}", ["-m", f"release {n}"])
