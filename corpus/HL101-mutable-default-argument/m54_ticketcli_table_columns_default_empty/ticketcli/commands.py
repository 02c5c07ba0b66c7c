"""`tickets list [--show FIELD]... [--sort=FIELD]`"""
from .output import TableFormatter


def parse_list_args(argv):
    shown, sort_key, args = [], "id", iter(argv)
    for arg in args:
        if arg == "--show":
            shown.append(next(args))
        elif arg.startswith("--show="):
            shown.append(arg.partition("=")[2])
        elif arg.startswith("--sort="):
            sort_key = arg.partition("=")[2]
    return shown, sort_key


def list_tickets(argv, rows):
    shown, sort_key = parse_list_args(argv)
    fmt = TableFormatter()
    for field in shown:
        fmt.add_column(field)
    return fmt.render(sorted(rows, key=lambda row: row.get(sort_key, 0)))
