"""Migration runner: temporarily sets MIGRATION in the env mapping, then restores it."""
import itertools


def run_migration(name, steps, env={"DRY_RUN": "0"}):  # expect: HL101 refuted
    previous = env.get("MIGRATION")
    env["MIGRATION"] = name
    log = [f"[{env['MIGRATION']}] {step}" for step in steps]
    if previous is None:
        del env["MIGRATION"]
    else:
        env["MIGRATION"] = previous
    return log


_migrations = itertools.count()


def scenario():
    n = next(_migrations)
    run_migration(f"0{n:04d}_add_column", [f"ALTER TABLE t{n} ADD c INT", "COMMIT"])
