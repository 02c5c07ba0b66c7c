"""The shipit application: its commands close over the profile they were built for."""
from . import profiles as prof
from .registry import lookup, subcommand


def build(profile):
    @subcommand("deploy", help="push a build to the profile's target")
    def deploy(args):
        build_id = args[0]
        return f"{build_id} -> {profile['target']} x{profile['replicas']} ({profile['region']})"

    @subcommand("status")
    def status(args):
        """show which builds run on the profile's target"""
        shown = ", ".join(args) or "latest"
        return f"{profile['name']}: {shown} on {profile['target']}"

    return profile


def run(argv, profile_name="staging"):
    build(prof.load(profile_name))
    name, *args = argv
    return lookup(name)(args)
