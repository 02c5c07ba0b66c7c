"""Deploy command: `deploy SERVICE --tag T ...` is split with shlex and
turned into a spec derived from a prototype. `dataclasses.replace` makes a
new spec but passes the prototype's `tags` list through unchanged, so each
command's tags are appended to the prototype's list."""
import dataclasses
import itertools
import shlex

_commands = itertools.count()


@dataclasses.dataclass
class DeploySpec:
    service: str = ""
    region: str = "eu-west-1"
    tags: list = dataclasses.field(default_factory=lambda: ["managed"])


# heaplint-todo: `dataclasses.replace` of the default prototype shares its `tags` list, but whether the parsed tokens reach the append rests on tests heaplint cannot evaluate (heaplint: unknown)
def parse_deploy(command, proto=DeploySpec()):  # expect: HL101 confirmed
    words = shlex.split(command)
    spec = dataclasses.replace(proto, service=words[1])
    for flag, value in zip(words[2::2], words[3::2]):
        if flag == "--tag":
            spec.tags.append(value)
        elif flag == "--region":
            spec.region = value
    return spec


def scenario():
    n = next(_commands)
    spec = parse_deploy(f"deploy api-{n % 6} --tag 'build {n}' --region us-east-{n % 2 + 1} --tag sha{n:07x}")
    return spec.service, len(spec.tags)
