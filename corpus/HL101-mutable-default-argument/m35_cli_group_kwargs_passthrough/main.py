import itertools

import clikit

_ids = itertools.count()


def build_cli(tenant):
    cli = clikit.LazyGroup("%s-admin" % tenant, context_settings={"max_width": 100})

    @cli.command("sync-%s" % tenant, help="Sync tenant data from a source.")
    def sync(source, dry_run=False):
        return "%s <- %s%s" % (tenant, source, " (dry run)" if dry_run else "")

    return cli


def scenario():
    tenant = "t%d" % next(_ids)
    cli = build_cli(tenant)
    out = cli.main(["sync-" + tenant, "s3://exports/" + tenant, "--dry-run"])
    try:
        cli.main(["purge-cache"])
    except clikit.UsageError:
        pass
    return out
