from .argv import DEFAULT_ARGS, build_argv, render


def deploy(service, version, user):
    """Roll version out to service on behalf of user, with the batch defaults."""
    argv = build_argv(["--service", service, "--version", version, f"--by={user}"],
                      base=DEFAULT_ARGS)
    return render(argv)
