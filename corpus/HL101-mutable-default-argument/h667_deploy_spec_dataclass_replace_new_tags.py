"""Deploy command: `deploy SERVICE --tag T ...` is split with shlex and
turned into a spec derived from a prototype. The parsed tags are collected
first and passed to `dataclasses.replace` as a new list, so the
prototype's `tags` list is only read."""
import dataclasses
import itertools
import shlex

_commands = itertools.count()


@dataclasses.dataclass
class DeploySpec:
    service: str = ""
    region: str = "eu-west-1"
    tags: list = dataclasses.field(default_factory=lambda: ["managed"])


def parse_deploy(command, proto=DeploySpec()):  # expect: HL101 refuted
    words = shlex.split(command)
    tags, region = [], proto.region
    for flag, value in zip(words[2::2], words[3::2]):
        if flag == "--tag":
            tags.append(value)
        elif flag == "--region":
            region = value
    return dataclasses.replace(proto, service=words[1], region=region, tags=[*proto.tags, *tags])


def scenario():
    n = next(_commands)
    spec = parse_deploy(f"deploy api-{n % 6} --tag 'build {n}' --region us-east-{n % 2 + 1} --tag sha{n:07x}")
    return spec.service, len(spec.tags)
