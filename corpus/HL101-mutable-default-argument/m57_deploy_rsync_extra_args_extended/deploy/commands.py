import shellkit as sk


def rsync_command(host, release, extra=["--delete", "--exclude=*.pyc"]):  # expect: HL101 refuted
    if not sk.argv.is_sequence(extra):
        raise TypeError("extra must be a list of rsync options")
    if "--dry-run" in extra:
        release = f"{release}-preview"
    args = sk.argv.extended(extra, ["-az", f"build/{release}/", f"deploy@{host}:/srv/app/{release}/"])
    return "rsync " + sk.argv.join(args)
