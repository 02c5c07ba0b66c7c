"""jobcli: queue and inspect batch jobs; main.py hands this module object to runkit.load()."""
from runkit import cli_command


@cli_command()
def submit(job, priority="5"):
    return f"queued {job} at priority {int(priority)}"


@cli_command("whoami", needs_context=True)
def whoami(context, user):
    return f"{user} (last command: {context['last_command']})"
